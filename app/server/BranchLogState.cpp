#include "app/server/BranchLogState.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<BranchLogState> BranchLogState::read(const ServerDatabase &database, const BranchId &branch)
{
    ServerStatement query(
            database.connection(),
            QStringLiteral("SELECT (SELECT next_seq - 1 FROM branch_change_counter WHERE "
                           "branch_id = ?), (SELECT through_seq FROM change_log_compaction "
                           "WHERE branch_id = ?), (SELECT value FROM server_state WHERE key = "
                           "'epoch'), (SELECT version FROM branch_list_version)"));
    if (Result<> ran = query.run({ branch.toString(), branch.toString() }); !ran)
        return ran.error();
    if (!query.next())
        return Error(QStringLiteral("the branch's log state gave no row"));
    if (query.value(3).isNull())
        return Error(QStringLiteral("branch_list_version is empty"));
    return BranchLogState { query.value(0).toLongLong(), query.value(1).toLongLong(),
                            query.value(2).toString(), query.value(3).toString() };
}

} // namespace bd
