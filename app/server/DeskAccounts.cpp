#include "app/server/DeskAccounts.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<> DeskAccounts::save(const QString &node, const QString &staffId, const BranchId &branch,
                           const QString &username, const QString &registeredBy)
{
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO desk_account (node, staff_id, branch_id, username, "
                           "registered_by) VALUES (?, ?, ?, ?, ?) "
                           "ON CONFLICT (node, staff_id) DO UPDATE SET "
                           "username = excluded.username, registered_by = excluded.registered_by"),
            { node, staffId, branch.toString(), username, registeredBy });
}

Result<> DeskAccounts::registerPushed(const ServerAccounts::Caller &caller,
                                      const QList<SyncChange> &stored)
{
    ServerStatement nameOf(m_database.connection(),
                           QStringLiteral("SELECT username FROM desk_account WHERE "
                                          "branch_id = ? AND staff_id = ? LIMIT 1"));
    for (const SyncChange &change : stored) {
        if (change.table != QLatin1String("staff_user") || change.op != QLatin1String("upsert"))
            continue;
        // The token's workstation (a sign-in without one: the node the change names).
        const QString node = caller.node.isEmpty() ? change.originNode : caller.node;
        QString username = change.fields.value(QStringLiteral("username")).toString();
        // An older desk's password change names no user: the row's name as known elsewhere.
        if (username.isEmpty()) {
            if (Result<> read = nameOf.run({ caller.branchId.toString(), change.rowId }); !read)
                return read;
            username = nameOf.next() ? nameOf.value(0).toString() : QString();
            nameOf.finish();
        }
        if (username.isEmpty())
            continue;
        if (Result<> saved = save(node, change.rowId, caller.branchId, username, caller.username);
            !saved)
            return saved;
    }
    return {};
}

Result<> DeskAccounts::registerImported(const BranchId &branch, const QString &node,
                                        const QList<Account> &accounts)
{
    for (const Account &account : accounts) {
        if (Result<> saved = save(node, account.staffId, branch, account.username,
                                  QStringLiteral("(import-branch)"));
            !saved)
            return saved;
    }
    return {};
}

Result<bool> DeskAccounts::exists(const QString &sql, const QVariantList &values) const
{
    ServerStatement query(m_database.connection(), sql);
    if (Result<> read = query.run(values); !read)
        return read.error();
    const bool found = query.next();
    query.finish();
    return found;
}

Result<bool> DeskAccounts::known(const QString &node, const QString &username,
                                 const QString &staffId) const
{
    return exists(QStringLiteral("SELECT 1 FROM desk_account WHERE node = ? AND "
                                 "username = ? AND staff_id = ?"),
                  { node, username, staffId });
}

Result<bool> DeskAccounts::knownInBranch(const BranchId &branch, const QString &username,
                                         const QString &staffId) const
{
    return exists(QStringLiteral("SELECT 1 FROM desk_account WHERE branch_id = ? AND "
                                 "username = ? AND staff_id = ? LIMIT 1"),
                  { branch.toString(), username, staffId });
}

} // namespace bd
