#include "app/server/ServerAccounts.h"

#include "app/common/PasswordHasher.h"
#include "app/server/AuditNodes.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace bd {

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

// Verified against for unknown user names, so that an unknown name costs the same Argon2
// work as a known one and the time of the answer tells nothing (issue 14, found 6).
const QString &unknownUserHash()
{
    static const QString hash = [] {
        quint32 random[4];
        QRandomGenerator::system()->fillRange(random);
        return PasswordHasher::hash(QString::fromLatin1(
                QByteArray(reinterpret_cast<const char *>(random), sizeof(random)).toHex()));
    }();
    return hash;
}

StaffRole roleOf(const QVariant &code)
{
    return StaffRoles::fromCode(code.toString()).value_or(StaffRole::Teller);
}
} // namespace

Result<> ServerAccounts::add(const QString &username, const BranchId &branch, StaffRole role,
                             const QString &password)
{
    return ServerStatement::exec(
            m_database.connection(),
            QStringLiteral("INSERT INTO staff_account(username, branch_id, role, password_hash) "
                           "VALUES (?, ?, ?, ?) ON CONFLICT (username) DO UPDATE SET "
                           "branch_id = excluded.branch_id, role = excluded.role, "
                           "password_hash = excluded.password_hash, active = true"),
            { username, branch.toString(), StaffRoles::code(role),
              PasswordHasher::hash(password) });
}

Result<ServerAccounts::Token> ServerAccounts::signIn(const QString &username,
                                                     const QString &password,
                                                     const QString &node, int validSeconds)
{
    const QSqlDatabase db = m_database.connection();
    ServerStatement account(db,
                            QStringLiteral("SELECT branch_id, role, password_hash "
                                           "FROM staff_account WHERE username = ? AND active"));
    if (Result<> read = account.run({ username }); !read)
        return read.error();
    const bool known = account.next();
    const bool verified = PasswordHasher::verify(
            password, known ? account.value(2).toString() : unknownUserHash());
    if (!known || !verified)
        return Error(QStringLiteral("unknown user or wrong password"));
    const BranchId branch(account.value(0).toString());
    const StaffRole role = roleOf(account.value(1));
    account.finish();
    if (!node.isEmpty()) {
        const Result<bool> admitted = AuditNodes(m_database).admit(node, branch, username);
        if (!admitted)
            return admitted.error();
        if (!*admitted) {
            Token refused;
            refused.nodeOfAnotherBranch = true;
            return refused;
        }
    }
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    Token token;
    token.token = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(random), sizeof(random)).toHex());
    token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(validSeconds);
    token.caller = { username, branch, role, node };
    const Result<> stored = ServerStatement::exec(
            db,
            QStringLiteral("INSERT INTO access_token(token_hash, username, expires_at, node) "
                           "VALUES (?, ?, ?, ?)"),
            { tokenHash(token.token), username, token.expiresAt,
              node.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(node) });
    if (!stored)
        return stored.error();
    return token;
}

std::optional<ServerAccounts::Caller> ServerAccounts::authorise(const QString &token) const
{
    if (token.size() != 64)
        return std::nullopt;
    ServerStatement query(
            m_database.connection(),
            QStringLiteral("SELECT a.username, a.branch_id, a.role, t.node FROM access_token t "
                           "JOIN staff_account a ON a.username = t.username "
                           "WHERE t.token_hash = ? AND t.expires_at > %1 AND a.active")
                    .arg(m_database.dialect().nowSql()));
    if (!query.run({ tokenHash(token) }) || !query.next())
        return std::nullopt;
    return Caller { query.value(0).toString(), BranchId(query.value(1).toString()),
                    roleOf(query.value(2)), query.value(3).toString() };
}

} // namespace bd
