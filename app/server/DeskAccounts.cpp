#include "app/server/DeskAccounts.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<> DeskAccounts::registerPushed(const ServerAccounts::Caller &caller,
                                      const QList<SyncChange> &stored)
{
    const QSqlDatabase db = m_database.connection();
    ServerStatement nameOf(db, QStringLiteral("SELECT username FROM desk_account WHERE "
                                              "branch_id = ? AND staff_id = ? LIMIT 1"));
    ServerStatement upsert(
            db, QStringLiteral("INSERT INTO desk_account (node, staff_id, branch_id, username, "
                               "registered_by) VALUES (?, ?, ?, ?, ?) "
                               "ON CONFLICT (node, staff_id) DO UPDATE SET "
                               "username = excluded.username, "
                               "registered_by = excluded.registered_by"));
    for (const SyncChange &change : stored) {
        if (change.table != QLatin1String("staff_user") || change.op != QLatin1String("upsert"))
            continue;
        // The token's workstation (a sign-in without one: the node the change names).
        const QString node = caller.node.isEmpty() ? change.originNode : caller.node;
        QString username = change.fields.value(QStringLiteral("username")).toString();
        // A password set on another workstation names no user: the row's name as known.
        if (username.isEmpty()) {
            if (Result<> read = nameOf.run({ caller.branchId.toString(), change.rowId }); !read)
                return read;
            username = nameOf.next() ? nameOf.value(0).toString() : QString();
            nameOf.finish();
        }
        if (username.isEmpty())
            continue;
        if (Result<> saved = upsert.run({ node, change.rowId, caller.branchId.toString(),
                                          username, caller.username });
            !saved)
            return saved;
    }
    return {};
}

Result<bool> DeskAccounts::known(const QString &node, const QString &username,
                                 const QString &staffId) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM desk_account WHERE node = ? AND "
                                         "username = ? AND staff_id = ?"));
    if (Result<> read = query.run({ node, username, staffId }); !read)
        return read.error();
    const bool found = query.next();
    query.finish();
    return found;
}

} // namespace bd
