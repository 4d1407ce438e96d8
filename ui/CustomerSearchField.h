#pragma once

#include "Session.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace bd {

class Store;

// The toolbar's customer search: name, mobile or ID suffix, CIF. Results come masked from
// CustomerService and drop down under the field while typing.
class CustomerSearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxResults = 20;

    CustomerSearchField(Store &store, const Session &session, QWidget *parent = nullptr);

    void search(); // runs the search for the current text now
    int resultCount() const;

signals:
    void customerChosen(const QString &customerId, const QString &summary);

private:
    Store &m_store;
    Session m_session;
    QTimer *m_pause;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
};

} // namespace bd
