#pragma once

#include "app/domain/Result.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QString>
#include <QStringList>

namespace bd {

class Store;

// Rows that stayed on this workstation without their customer (a referral when its customer
// moved to another branch, F24) when that customer is erased elsewhere: the erasure's
// changes never name them, and the eraser's desk may never have had them. Their personal
// columns are blanked here and the blanking is recorded, stamped now, so that every copy
// ends blank. Blanking only what this desk still sends of them (its outbox payloads) left
// the rows as they were everywhere, and a restored server that took the blanked payload
// again held the blank value while every desk held the other (the fault run, SQLite 1301,
// all kinds: a referral's reason at A, blank at a fresh D).
class StayedRowBlanking
{
public:
    explicit StayedRowBlanking(Store &store);

    // `rows` ("table/id"): rows of the customer's, as this desk's records name them; those
    // here, in a table an erasure blanks, not naming another customer, and not blank
    // already, are blanked and recorded when `maySend` their table (unset: every table).
    // The steps of such a row (a referral's transitions, a KYC session's answers) name no
    // customer and stay with it: they are blanked with it, and added to `rows` so that
    // their payloads and conflict records are scrubbed too. Call inside a Transaction.
    Result<> blank(const CustomerId &customer, QStringList &rows,
                   const CustomerDataSweep::MaySend &maySend);

private:
    // The steps of row `id` of `table` that are not in `rows` yet, appended to it.
    Result<> addSteps(const QString &table, const QString &id, QStringList &rows) const;

    Store &m_store;
};

} // namespace bd
