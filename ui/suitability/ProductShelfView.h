#pragma once

#include "app/services/core/Session.h"
#include "app/services/suitability/ProductShelfService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace bd {

struct ShelfRead;
class LatestRead;
class ShelfProblemModel;
class ShelfProductModel;
class Store;

// The branch's product shelf for the branch head and the administrator: the products in
// force and where they came from, loading the bank's new file (JSON or CSV; a file with any
// problem is refused whole and its problems listed with their places), and how long a
// declined offer rests. The shelf is read off the GUI thread: the desk is usable meanwhile.
class ProductShelfView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(bool loading READ isLoading NOTIFY loaded)

public:
    ProductShelfView(Store &store, const Session &session, QWidget *parent = nullptr);

    void refresh(); // reads the shelf again in the background
    bool isLoading() const;
    ProductShelfService::Loading loadFile(const QString &path); // what "Load…" does
    int productCount() const;
    int problemCount() const;
    QString sourceText() const;

signals:
    void loaded(); // the latest refresh() is shown

private:
    void showShelf(const ShelfRead &read);
    void chooseFile();
    void saveRest();

    Store &m_store;
    Session m_session;
    LatestRead *m_read;
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
