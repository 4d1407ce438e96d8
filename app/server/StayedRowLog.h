#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// A row that stayed at a branch when its customer moved away (a referral made by a desk
// that had not seen the move: the log filed it without its link, F24) and its steps (a
// referral's transitions) name no customer in the branch's log, so LogErasure does not
// always find them when the customer is erased. A desk of the branch blanks them
// (StayedRowBlanking, F36/F37) and sends the blanking; filed here, it blanks the same
// personal columns in the row's entries stamped before it, so that the log keeps nothing
// of what staff wrote about the customer and a desk downloading the branch starts blank.
class StayedRowLog
{
public:
    explicit StayedRowLog(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Run after `stored` was filed in `branch`'s log.
    Result<> afterAppend(const BranchId &branch, const QList<SyncChange> &stored) const;

private:
    // Whether `change` only sets personal columns of its table (CustomerDataMap), each to
    // its erased value.
    static bool isBlanking(const SyncChange &change);
    // Whether no entry of the row (nor of the row it is a step of) names a customer.
    Result<bool> namesNoCustomer(const BranchId &branch, const QString &table,
                                 const QString &rowId) const;
    Result<> blankBefore(const BranchId &branch, const SyncChange &blanking) const;

    const ServerDatabase &m_database;
};

} // namespace bd
