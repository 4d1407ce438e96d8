#include "app/server/ServerBranches.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<> ServerBranches::ensure(const Branch &branch, Existing existing)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase db = m_database.connection();
    const QString onConflict = existing == Existing::Rename
            ? QStringLiteral("DO UPDATE SET code = excluded.code, name = excluded.name")
            : QStringLiteral("DO NOTHING");
    Result<> done = ServerStatement::exec(
            db,
            QStringLiteral("INSERT INTO branch(id, code, name) VALUES (?, ?, ?) "
                           "ON CONFLICT (id) ")
                    + onConflict,
            { branch.id.toString(), branch.code, branch.name });
    if (done)
        done = ServerStatement::exec(
                db,
                QStringLiteral("INSERT INTO branch_change_counter(branch_id) "
                               "VALUES (?) ON CONFLICT (branch_id) DO NOTHING"),
                { branch.id.toString() });
    return done ? transaction->commit() : done;
}

bool ServerBranches::contains(const BranchId &id) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM branch WHERE id = ?"));
    return query.run({ id.toString() }) && query.next();
}

Result<QList<ServerBranches::Branch>> ServerBranches::all() const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT id, code, name FROM branch ORDER BY code"));
    if (Result<> ran = query.run(); !ran)
        return ran.error();
    QList<Branch> found;
    while (query.next())
        found << Branch { BranchId(query.value(0).toString()), query.value(1).toString(),
                          query.value(2).toString() };
    return found;
}

Result<QString> ServerBranches::listVersion(const QString &epoch) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT version FROM branch_list_version"));
    if (Result<> ran = query.run(); !ran)
        return ran.error();
    if (!query.next())
        return Error(QStringLiteral("branch_list_version is empty"));
    return listVersionOf(epoch, query.value(0).toString());
}

} // namespace bd
