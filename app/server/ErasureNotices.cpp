#include "app/server/ErasureNotices.h"

#include "app/server/LogErasure.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerStatement.h"

#include <QJsonObject>

namespace bd {

Result<QHash<QString, QList<SyncChange>>>
ErasureNotices::forFormerBranches(const BranchId &pusher, const BranchId &branch,
                                  const QList<SyncChange> &filed) const
{
    QHash<QString, QList<SyncChange>> notices;
    // change_log_row (table_name, row_id) answers this without reading other branches' logs.
    ServerStatement former(m_database.connection(),
                           QStringLiteral("SELECT DISTINCT branch_id FROM change_log WHERE "
                                          "table_name = 'customer' AND row_id = ? AND "
                                          "branch_id <> ? AND branch_id <> ?"));
    for (const SyncChange &change : filed) {
        if (change.isTransferCopy() || change.table != QLatin1String("customer")
            || change.fields.value(QStringLiteral("erased_at")).toString().isEmpty())
            continue;
        if (Result<> read = former.run({change.rowId, branch.toString(), pusher.toString()});
            !read)
            return read.error();
        SyncChange notice = change;
        // Where the customer is now is not the old branch's business (nor its desks' to apply).
        notice.fields.remove(QStringLiteral("branch_id"));
        notice.fields.remove(QStringLiteral("manager_id"));
        while (former.next()) {
            const QString to = former.value(0).toString();
            // One id per branch: change ids are unique across the server's logs, so a notice
            // shared by two former branches would be filed in the first only (A -> B -> C).
            notice.changeId = LogErasure::derivedChangeId(
                    change.changeId, change.rowId,
                    QStringLiteral("erasure notice to a former branch ") + to);
            notices[to] << notice;
        }
        former.finish();
    }
    return notices;
}

void ErasureNotices::logFiled(const QString &user, const BranchId &pusher, const BranchId &to,
                              const QList<SyncChange> &notices,
                              const QList<ChangeLog::Accepted> &stored)
{
    for (int i = 0; i < notices.size() && i < stored.size(); ++i) {
        if (stored.at(i).outcome != ChangeLog::Outcome::Applied)
            continue; // a re-push's notice was logged when it was filed
        const SyncChange &notice = notices.at(i);
        ServerLog::event(ServerLog::Level::Info, QStringLiteral("erasure_notice_filed"),
                         {{QStringLiteral("branch"), to.toString()},
                          {QStringLiteral("from_branch"), pusher.toString()},
                          {QStringLiteral("user"), user},
                          {QStringLiteral("customer"), notice.rowId},
                          {QStringLiteral("change_id"), notice.changeId}});
    }
}

} // namespace bd
