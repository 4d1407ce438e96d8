#include "database/staff/StaffRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

StaffRepository::StaffRepository(Store &store)
    : m_store(store)
{
}

QList<StaffUser> StaffRepository::select(const QString &where, const QVariantList &values) const
{
    QList<StaffUser> users;
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT id, branch_id, username, display_name, role, password_hash, active, "
            "failed_attempts, locked_until, last_sign_in_at FROM staff_user WHERE deleted = 0 %1 "
            "ORDER BY role, username")
                          .arg(where));
    for (const QVariant &value : values)
        query.bind(value);
    if (!query.select())
        return users;
    while (query.next()) {
        StaffUser user;
        user.id = query.text(0);
        user.branchId = query.text(1);
        user.username = query.text(2);
        user.displayName = query.text(3);
        user.role = StaffRoles::fromCode(query.text(4)).value_or(StaffRole::Teller);
        user.passwordHash = query.text(5);
        user.active = query.value(6).toBool();
        user.failedAttempts = query.integer(7);
        if (!query.value(8).isNull())
            user.lockedUntil = SqlTime::parseTimestamp(query.text(8));
        if (!query.value(9).isNull())
            user.lastSignInAt = SqlTime::parseTimestamp(query.text(9));
        users << user;
    }
    return users;
}

std::optional<StaffUser> StaffRepository::byId(const QString &id) const
{
    const auto users = select(QStringLiteral("AND id = ?"), {id});
    return users.isEmpty() ? std::nullopt : std::optional(users.first());
}

std::optional<StaffUser> StaffRepository::byUsername(const QString &username) const
{
    const auto users = select(QStringLiteral("AND username = ?"), {username});
    return users.isEmpty() ? std::nullopt : std::optional(users.first());
}

QList<StaffUser> StaffRepository::all() const
{
    return select({}, {});
}

QList<StaffUser> StaffRepository::byRole(StaffRole role) const
{
    return select(QStringLiteral("AND role = ?"), {StaffRoles::code(role)});
}

Result<> StaffRepository::insert(StaffUser &user)
{
    if (user.id.isEmpty())
        user.id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO staff_user(id, branch_id, username, display_name, role, password_hash, "
            "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(user.id).bind(user.branchId).bind(user.username).bind(user.displayName);
    query.bind(StaffRoles::code(user.role)).bind(user.passwordHash).bind(user.active ? 1 : 0);
    query.bind(now).bind(now);
    if (Result<> inserted = query.exec(); !inserted)
        return inserted;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("staff_user"), user.id,
                                 { { QStringLiteral("branch_id"), user.branchId },
                                   { QStringLiteral("username"), user.username },
                                   { QStringLiteral("display_name"), user.displayName },
                                   { QStringLiteral("role"), StaffRoles::code(user.role) },
                                   { QStringLiteral("password_hash"), user.passwordHash },
                                   { QStringLiteral("active"), user.active ? 1 : 0 } },
                                 0);
}

Result<> StaffRepository::setPasswordHash(const QString &id, const QString &hash)
{
    SqlQuery current(m_store.database(),
                     QStringLiteral("SELECT version, username FROM staff_user WHERE id = ?"));
    current.bind(id);
    if (Result<> read = current.exec(); !read)
        return read;
    if (!current.next())
        return Error(QString()); // no such user: nothing to say beyond "not saved"
    const int baseVersion = current.integer(0);
    // The name travels with the password (protocol 4): the server knows a desk-only account
    // on the workstation its password was set on, whatever becomes of the hash on the way.
    const QString username = current.text(1);
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE staff_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
            "updated_at = ?, version = version + 1 WHERE id = ?"));
    query.bind(hash).bind(SqlTime::now()).bind(id);
    if (Result<> updated = query.exec(); !updated)
        return updated;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("staff_user"), id,
                                 { { QStringLiteral("password_hash"), hash },
                                   { QStringLiteral("username"), username } },
                                 baseVersion);
}

Result<> StaffRepository::recordFailedSignIn(const QString &id, int failedAttempts,
                                             const QDateTime &lockedUntil)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE staff_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    query.bind(failedAttempts);
    query.bind(lockedUntil.isValid() ? QVariant(SqlTime::timestamp(lockedUntil))
                                     : SqlValue::nullText());
    query.bind(id);
    return query.exec();
}

Result<> StaffRepository::recordSignIn(const QString &id)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, "
            "last_sign_in_at = ? WHERE id = ?"));
    query.bind(SqlTime::now()).bind(id);
    return query.exec();
}

} // namespace bd
