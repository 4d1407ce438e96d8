#include "database/staff/OfflineVerifierRepository.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

namespace bd {

OfflineVerifierRepository::OfflineVerifierRepository(Store &store)
    : m_store(store)
{
}

std::optional<OfflineVerifier> OfflineVerifierRepository::byUsername(const QString &username) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT username, server, password_hash, role, branch_id, "
                                  "verified_at, revoked_at FROM offline_verifier WHERE username = ?"));
    query.bind(username);
    if (!query.select() || !query.next())
        return std::nullopt;
    OfflineVerifier verifier;
    verifier.username = query.text(0);
    verifier.server = query.text(1);
    verifier.passwordHash = query.text(2);
    verifier.role = StaffRoles::fromCode(query.text(3)).value_or(StaffRole::Teller);
    verifier.branchId = query.text(4);
    verifier.verifiedAt = SqlTime::parseTimestamp(query.text(5));
    if (!query.value(6).isNull())
        verifier.revokedAt = SqlTime::parseTimestamp(query.text(6));
    return verifier;
}

Result<> OfflineVerifierRepository::save(const OfflineVerifier &verifier)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO offline_verifier(username, server, password_hash, role, branch_id, "
            "verified_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL) "
            "ON CONFLICT(username) DO UPDATE SET server = excluded.server, "
            "password_hash = excluded.password_hash, role = excluded.role, "
            "branch_id = excluded.branch_id, verified_at = excluded.verified_at, "
            "revoked_at = NULL"));
    query.bind(verifier.username).bind(verifier.server).bind(verifier.passwordHash);
    query.bind(StaffRoles::code(verifier.role)).bind(verifier.branchId);
    query.bind(SqlTime::timestamp(verifier.verifiedAt));
    return query.exec();
}

Result<> OfflineVerifierRepository::revoke(const QString &username)
{
    SqlQuery query(m_store.database(), QStringLiteral("UPDATE offline_verifier SET password_hash "
                                                      "= NULL, revoked_at = ? WHERE username = ?"));
    query.bind(SqlTime::now()).bind(username);
    return query.exec();
}

} // namespace bd
