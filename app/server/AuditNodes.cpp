#include "app/server/AuditNodes.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

namespace bd {

Result<bool> AuditNodes::admit(const QString &node, const BranchId &branch,
                               const QString &username)
{
    const QSqlDatabase db = m_database.connection();
    // The first sign-in naming a node wins it for its branch; ON CONFLICT keeps the race
    // between two first sign-ins to one winner.
    if (Result<> registered = ServerStatement::exec(
                db,
                QStringLiteral("INSERT INTO audit_node(node, branch_id) VALUES (?, ?) "
                               "ON CONFLICT (node) DO NOTHING"),
                { node, branch.toString() });
        !registered)
        return registered.error();
    const Result<std::optional<BranchId>> owner = branchOf(node);
    if (!owner)
        return owner.error();
    if (!*owner || **owner != branch)
        return false;
    if (Result<> recorded = ServerStatement::exec(
                db,
                QStringLiteral("INSERT INTO audit_node_user(node, username) VALUES (?, ?) "
                               "ON CONFLICT (node, username) DO NOTHING"),
                { node, username });
        !recorded)
        return recorded.error();
    return true;
}

Result<std::optional<BranchId>> AuditNodes::branchOf(const QString &node) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT branch_id FROM audit_node WHERE node = ?"));
    if (Result<> read = query.run({ node }); !read)
        return read.error();
    if (!query.next())
        return std::optional<BranchId>();
    return std::optional<BranchId>(BranchId(query.value(0).toString()));
}

Result<bool> AuditNodes::hasSignedInFrom(const QString &node, const QString &username) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT 1 FROM audit_node_user WHERE node = ? "
                                         "AND username = ?"));
    if (Result<> read = query.run({ node, username }); !read)
        return read.error();
    return query.next();
}

} // namespace bd
