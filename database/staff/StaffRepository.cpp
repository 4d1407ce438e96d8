#include "database/staff/StaffRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

StaffRepository::StaffRepository(Store &store)
    : m_store(store)
{
}

QList<StaffUser> StaffRepository::select(const QString &where, const QVariantList &values) const
{
    QList<StaffUser> users;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "SELECT id, branch_id, username, display_name, role, password_hash, active, "
            "failed_attempts, locked_until, last_sign_in_at FROM staff_user WHERE deleted = 0 %1 "
            "ORDER BY role, username")
                          .arg(where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return users;
    }
    while (query.next()) {
        StaffUser user;
        user.id = query.value(0).toString();
        user.branchId = query.value(1).toString();
        user.username = query.value(2).toString();
        user.displayName = query.value(3).toString();
        user.role = StaffRoles::fromCode(query.value(4).toString()).value_or(StaffRole::Teller);
        user.passwordHash = query.value(5).toString();
        user.active = query.value(6).toBool();
        user.failedAttempts = query.value(7).toInt();
        if (!query.value(8).isNull())
            user.lockedUntil = SqlTime::parseTimestamp(query.value(8).toString());
        if (!query.value(9).isNull())
            user.lastSignInAt = SqlTime::parseTimestamp(query.value(9).toString());
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

bool StaffRepository::insert(StaffUser &user)
{
    if (user.id.isEmpty())
        user.id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO staff_user(id, branch_id, username, display_name, role, password_hash, "
            "active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(user.id);
    query.addBindValue(user.branchId);
    query.addBindValue(user.username);
    query.addBindValue(user.displayName);
    query.addBindValue(StaffRoles::code(user.role));
    query.addBindValue(user.passwordHash);
    query.addBindValue(user.active ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("staff_user"), user.id,
                                    { { QStringLiteral("branch_id"), user.branchId },
                                      { QStringLiteral("username"), user.username },
                                      { QStringLiteral("display_name"), user.displayName },
                                      { QStringLiteral("role"), StaffRoles::code(user.role) },
                                      { QStringLiteral("password_hash"), user.passwordHash },
                                      { QStringLiteral("active"), user.active ? 1 : 0 } },
                                    0);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

bool StaffRepository::setPasswordHash(const QString &id, const QString &hash)
{
    QSqlQuery current(m_store.database());
    current.prepare(QStringLiteral("SELECT version FROM staff_user WHERE id = ?"));
    current.addBindValue(id);
    if (!current.exec() || !current.next()) {
        m_error = current.lastError().text();
        return false;
    }
    const int baseVersion = current.value(0).toInt();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "UPDATE staff_user SET password_hash = ?, failed_attempts = 0, locked_until = NULL, "
            "updated_at = ?, version = version + 1 WHERE id = ?"));
    query.addBindValue(hash);
    query.addBindValue(SqlTime::now());
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("staff_user"), id,
                                    { { QStringLiteral("password_hash"), hash } }, baseVersion);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

bool StaffRepository::recordFailedSignIn(const QString &id, int failedAttempts,
                                         const QDateTime &lockedUntil)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "UPDATE staff_user SET failed_attempts = ?, locked_until = ? WHERE id = ?"));
    query.addBindValue(failedAttempts);
    query.addBindValue(lockedUntil.isValid() ? QVariant(SqlTime::timestamp(lockedUntil))
                                             : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool StaffRepository::recordSignIn(const QString &id)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, "
                                 "last_sign_in_at = ? WHERE id = ?"));
    query.addBindValue(SqlTime::now());
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace bd
