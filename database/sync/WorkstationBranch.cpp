#include "database/sync/WorkstationBranch.h"

#include "database/core/Store.h"

#include <QSqlQuery>

namespace bd::WorkstationBranch {

namespace {
const QString kKey = QStringLiteral("branch_id");
}

QString recorded(Store &store)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(kKey);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
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

bool remember(Store &store, const QString &branchId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO NOTHING"));
    query.addBindValue(kKey);
    query.addBindValue(branchId);
    return query.exec();
}

} // namespace bd::WorkstationBranch
