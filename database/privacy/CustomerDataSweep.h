#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "database/privacy/CustomerDataMap.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace bd {

class Store;

// Reads or anonymises everything stored about one customer, walking CustomerDataMap.
// No permission checks here: PersonalDataRights does them and writes the audit entry.
class CustomerDataSweep
{
public:
    explicit CustomerDataSweep(Store &store);

    // What a personal column holds once erased, in its stored form (sealed if sensitive).
    static QVariant storedErasedValue(const Store &store, const QString &table,
                                      const CustomerDataTable::Column &column);

    // {"customer": {...}, "tables": {"interaction": [{...}, ...], ...}}: every row of the
    // customer in plain text (sensitive columns opened). An empty error if there is no such
    // customer.
    Result<QJsonObject> collect(const CustomerId &customer) const;

    // Anonymises the customer and blanks their personal data in every table, recording
    // each synced row's change; also scrubs pending sync payloads and conflict values that
    // still carry the old values. Call inside a Transaction. Returns how many rows changed.
    Result<int> erase(const CustomerId &customer);

    // What a workstation does when another one's erasure of the customer arrives (the
    // customer row itself came with it): their personal data blanked in every other table,
    // rows this workstation alone holds included, each synced row's change recorded so that
    // the server and the others blank it too; pending payloads and conflict values of the
    // customer's rows scrubbed. Call inside a Transaction. Returns how many rows changed.
    // `maySend(table)`: whether this desk's role may send the erasure's changes of that
    // synced table; the rows of one it may not are left as they are here, for the eraser's
    // changes and those of a desk that may (F32): a row changed without its change would
    // differ from every other copy for good. Without it, every table is followed.
    using MaySend = std::function<bool(const QString &table)>;
    Result<int> followErasure(const CustomerId &customer, const MaySend &maySend = {});

    // This workstation's own erasure come back in a pull (a restored server's log sent
    // again): the rows are blanked already; what the pull recorded meanwhile in the
    // conflict log of the customer's rows is blanked again (F34). Call inside a Transaction.
    Result<> scrubRecordsOf(const CustomerId &customer);

    // An erasure of a customer this workstation no longer keeps (moved to another branch,
    // MovedCustomers): what it still holds of them - the payloads it sent, the copies of
    // their rows it sent to the new branch, conflict values - blanked. Call inside a
    // Transaction. Returns whether anything of them was here.
    // `stamp`: the erasure's, remembered with them (sync_moved_away.erased_at) so that a
    // change naming them pulled later is known to come from before it (F34); `rows`
    // ("table/id"): rows here that such a change named, which stayed without their link to
    // the customer (a referral, F24): their conflict records and payloads are blanked too.
    // A row of theirs that stayed here (those rows, and any row a payload sent from here
    // names them in) has its personal columns blanked with its change recorded, stamped
    // now, when `maySend` its table: a payload blanked alone differs from what the others
    // applied, and a restored server that takes it again split the copies (the fault run: a
    // referral's reason at A, blank at a fresh D).
    Result<bool> followErasureOfMovedAway(const CustomerId &customer, const QString &stamp = {},
                                          const QStringList &rows = {},
                                          const MaySend &maySend = {});

private:
    Result<> eraseTable(const CustomerDataTable &table, const CustomerId &customer,
                        QStringList &affectedRows, int &changed);
    Result<int> eraseEverywhereElse(const CustomerId &customer, const QStringList &oldValues,
                                    const MaySend &maySend = {});
    Result<> anonymiseCustomer(const CustomerId &customer, const QVariantMap &before);

    Store &m_store;
};

} // namespace bd
