#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace bd {

class Store;

// The rows a customer takes along to another branch, recorded as full copies for the new
// branch's workstations (ChangeRecorder::recordTransferCopy), inside the caller's
// transaction: the customer row and every row of theirs in the tables that follow a
// customer (CustomerDataMap), with the catalogue entries of their tags. Branch-floor records (lobby visits, referrals, counter
// services) and call tasks stay with the old branch, which keeps them without the link.
// The old branch's staff are not on the new branch's roster: references to them are
// cleared in the copies (who did what stays in the old branch's audit trail).
class CustomerTransferCopy
{
    Q_DECLARE_TR_FUNCTIONS(CustomerTransferCopy)

public:
    explicit CustomerTransferCopy(Store &store);

    // The tables copied, parents before children (the new branch inserts them in order):
    // the customer's own rows, and the catalogue entries of their tags (reference data the
    // new branch may not have).
    static const QStringList &tables();
    // SQL condition selecting the rows of `table` that go with a customer (one `?`); empty
    // for a table not in tables().
    static QString rowsOfCustomer(const QString &table);

    // Records the copies of `customerId`'s rows as they are now; the number of rows.
    Result<int> record(const CustomerId &customerId, const QString &toBranch);

private:
    Result<int> recordTable(const QString &table, const QString &condition,
                            const CustomerId &customerId, const QString &toBranch);
    QStringList staffReferences(const QString &table);
    // An opportunity of a moving customer, made the new branch's: its pool's unless a branch
    // head or the pool had it.
    static void toNewBranch(QVariantMap &opportunity, const QString &toBranch);

    Store &m_store;
};

} // namespace bd
