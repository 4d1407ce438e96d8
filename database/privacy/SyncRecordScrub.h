#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QString>
#include <QStringList>

namespace bd {

class Store;

// What the sync bookkeeping of a workstation still holds of an erased customer, blanked:
// the payloads in the outbox and the values kept in the conflict log. Rows are named
// "table/id"; a conflict on a row whose customer_id field names the customer counts too, for
// a row that no longer links to them here (a referral that stayed when they moved away,
// F24) keeps no other trace of whose it was (F34). `oldValues` (the eraser's: name, phone,
// ID number, address) are hunted in every payload and conflict value as well.
class SyncRecordScrub
{
public:
    explicit SyncRecordScrub(Store &store);
    Result<> scrub(const CustomerId &customer, const QStringList &affectedRows,
                   const QStringList &oldValues);

private:
    Store &m_store;
};

} // namespace bd
