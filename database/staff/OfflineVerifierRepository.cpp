#include "database/staff/OfflineVerifierRepository.h"

#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

OfflineVerifierRepository::OfflineVerifierRepository(Store &store)
    : m_store(store)
{
}

std::optional<OfflineVerifier> OfflineVerifierRepository::byUsername(const QString &username) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT username, server, password_hash, role, branch_id, "
                                 "verified_at, revoked_at FROM offline_verifier WHERE username = ?"));
    query.addBindValue(username);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    OfflineVerifier verifier;
    verifier.username = query.value(0).toString();
    verifier.server = query.value(1).toString();
    verifier.passwordHash = query.value(2).toString();
    verifier.role = StaffRoles::fromCode(query.value(3).toString()).value_or(StaffRole::Teller);
    verifier.branchId = query.value(4).toString();
    verifier.verifiedAt = SqlTime::parseTimestamp(query.value(5).toString());
    if (!query.value(6).isNull())
        verifier.revokedAt = SqlTime::parseTimestamp(query.value(6).toString());
    return verifier;
}

bool OfflineVerifierRepository::save(const OfflineVerifier &verifier)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO offline_verifier(username, server, password_hash, role, branch_id, "
            "verified_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL) "
            "ON CONFLICT(username) DO UPDATE SET server = excluded.server, "
            "password_hash = excluded.password_hash, role = excluded.role, "
            "branch_id = excluded.branch_id, verified_at = excluded.verified_at, "
            "revoked_at = NULL"));
    query.addBindValue(verifier.username);
    query.addBindValue(verifier.server);
    query.addBindValue(verifier.passwordHash);
    query.addBindValue(StaffRoles::code(verifier.role));
    query.addBindValue(verifier.branchId);
    query.addBindValue(SqlTime::timestamp(verifier.verifiedAt));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool OfflineVerifierRepository::revoke(const QString &username)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE offline_verifier SET password_hash = NULL, "
                                 "revoked_at = ? WHERE username = ?"));
    query.addBindValue(SqlTime::now());
    query.addBindValue(username);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace bd
