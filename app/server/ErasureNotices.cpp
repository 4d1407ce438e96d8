#include "app/server/ErasureNotices.h"

#include "app/server/LogErasure.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<QHash<QString, QList<SyncChange>>>
ErasureNotices::forFormerBranches(const BranchId &branch, const QList<SyncChange> &filed) const
{
    QHash<QString, QList<SyncChange>> notices;
    // change_log_row (table_name, row_id) answers this without reading other branches' logs.
    ServerStatement former(m_database.connection(),
                           QStringLiteral("SELECT DISTINCT branch_id FROM change_log WHERE "
                                          "table_name = 'customer' AND row_id = ? AND "
                                          "branch_id <> ?"));
    for (const SyncChange &change : filed) {
        if (change.isTransferCopy() || change.table != QLatin1String("customer")
            || change.fields.value(QStringLiteral("erased_at")).toString().isEmpty())
            continue;
        if (Result<> read = former.run({change.rowId, branch.toString()}); !read)
            return read.error();
        SyncChange notice = change;
        notice.changeId = LogErasure::derivedChangeId(change.changeId, change.rowId,
                                                      QStringLiteral("erasure notice to a "
                                                                     "former branch"));
        // Where the customer is now is not the old branch's business (nor its desks' to apply).
        notice.fields.remove(QStringLiteral("branch_id"));
        notice.fields.remove(QStringLiteral("manager_id"));
        while (former.next())
            notices[former.value(0).toString()] << notice;
        former.finish();
    }
    return notices;
}

} // namespace bd
