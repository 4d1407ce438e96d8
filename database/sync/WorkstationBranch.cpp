#include "database/sync/WorkstationBranch.h"

#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QSqlQuery>

namespace bd::WorkstationBranch {

QString recorded(Store &store)
{
    return SyncState(store).branchId();
}

bool isAnother(Store &store, const QString &branchId)
{
    const QString own = recorded(store);
    if (!own.isEmpty())
        return own != branchId;
    QSqlQuery branches(store.database());
    branches.prepare(QStringLiteral("SELECT count(*), coalesce(sum(id = ?), 0) FROM branch"));
    branches.addBindValue(branchId);
    return branches.exec() && branches.next() && branches.value(0).toInt() > 0
            && branches.value(1).toInt() == 0;
}

Result<> remember(Store &store, const QString &branchId)
{
    return SyncState(store).rememberBranch(branchId);
}

} // namespace bd::WorkstationBranch
