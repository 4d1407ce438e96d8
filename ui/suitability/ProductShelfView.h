#pragma once

#include "app/services/core/Session.h"
#include "app/services/suitability/ProductShelfService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace bd {

class ShelfProblemModel;
class ShelfProductModel;
class Store;

// The branch's product shelf for the branch head and the administrator: the products in
// force and where they came from, loading the bank's new file (JSON or CSV; a file with any
// problem is refused whole and its problems listed with their places), and how long a
// declined offer rests.
class ProductShelfView : public QWidget
{
    Q_OBJECT

public:
    ProductShelfView(Store &store, const Session &session, QWidget *parent = nullptr);

    void refresh();
    ProductShelfService::Loading loadFile(const QString &path); // what "Load…" does
    int productCount() const;
    int problemCount() const;
    QString sourceText() const;

private:
    void chooseFile();
    void saveRest();

    Store &m_store;
    Session m_session;
    QLabel *m_source;
    ShelfProductModel *m_products;
    ShelfProblemModel *m_problems;
    QTableView *m_problemView;
    QLabel *m_message;
    QSpinBox *m_declineDays;
    QSpinBox *m_notNowDays;
    QPushButton *m_load;
    QPushButton *m_saveRest;
};

} // namespace bd
