#include "app/services/staff/UserAdministration.h"

#include "app/common/PasswordHasher.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "app/services/staff/FieldKeyAccess.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace bd {

namespace {
} // namespace

UserAdministration::UserAdministration(Store &store, const Session *session)
    : m_store(store)
    , m_session(session)
{
}

QString UserAdministration::passwordProblem(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return tr("A password needs at least %n characters.", nullptr, kMinPasswordLength);
    return {};
}

bool UserAdministration::allowed()
{
    if (!m_session || m_session->can(Permission::ManageUsers))
        return true;
    m_error = m_session->refusal(Permission::ManageUsers);
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(
            m_session, QStringLiteral("permission_refused"), {}, {},
            { { QStringLiteral("permission"), Permissions::code(Permission::ManageUsers) } });
    transaction.commit();
    return false;
}

std::optional<StaffUser> UserAdministration::addUser(const QString &username,
                                                     const QString &displayName, StaffRole role,
                                                     const QString &password,
                                                     const QString &branchId)
{
    if (!allowed())
        return std::nullopt;
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!validName.match(username).hasMatch()) {
        m_error = tr("A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                     "starting with a letter.");
        return std::nullopt;
    }
    if (displayName.trimmed().isEmpty()) {
        m_error = tr("The display name cannot be empty.");
        return std::nullopt;
    }
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        m_error = problem;
        return std::nullopt;
    }
    StaffRepository staff(m_store);
    if (staff.byUsername(username)) {
        m_error = tr("The user name %1 is taken.").arg(username);
        return std::nullopt;
    }
    StaffUser user;
    user.branchId = branchId;
    user.username = username;
    user.displayName = displayName.trimmed();
    user.role = role;
    user.passwordHash = PasswordHasher::hash(password);

    FieldKeyAccess keyAccess(m_store);
    if (!keyAccess.prepareForUsers(m_session == nullptr)) {
        m_error = tr("The user could not be saved: %1").arg(keyAccess.errorString());
        return std::nullopt;
    }
    Transaction transaction(m_store.database());
    if (!staff.insert(user)) {
        m_error = staff.errorString();
        return std::nullopt;
    }
    if (!keyAccess.grant(user.id, password)) {
        m_error = tr("The user could not be saved: %1").arg(keyAccess.errorString());
        return std::nullopt;
    }
    AuditTrail audit(m_store);
    const QJsonObject detail { { QStringLiteral("username"), username },
                               { QStringLiteral("role"), StaffRoles::code(role) } };
    const bool audited = m_session
            ? audit.record(m_session, QStringLiteral("user_add"), QStringLiteral("staff_user"),
                           user.id, detail)
            : audit.recordAnonymous(QStringLiteral("setup"), QStringLiteral("user_add"),
                                    QStringLiteral("staff_user"), user.id, detail);
    if (!audited || !transaction.commit()) {
        m_error = tr("The user could not be saved: %1").arg(transaction.errorString());
        return std::nullopt;
    }
    return user;
}

bool UserAdministration::setPassword(const QString &username, const QString &password)
{
    if (!allowed())
        return false;
    if (const QString problem = passwordProblem(password); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    StaffRepository staff(m_store);
    const std::optional<StaffUser> user = staff.byUsername(username);
    if (!user) {
        m_error = tr("There is no user %1.").arg(username);
        return false;
    }
    Transaction transaction(m_store.database());
    if (!staff.setPasswordHash(user->id, PasswordHasher::hash(password))) {
        m_error = staff.errorString();
        return false;
    }
    // The user's key slot follows the new password (the old one no longer opens it).
    FieldKeyAccess keyAccess(m_store);
    if (!keyAccess.grant(user->id, password)) {
        m_error = tr("The password could not be saved: %1").arg(keyAccess.errorString());
        return false;
    }
    AuditTrail audit(m_store);
    const bool audited = m_session
            ? audit.record(m_session, QStringLiteral("user_password"), QStringLiteral("staff_user"),
                           user->id)
            : audit.recordAnonymous(QStringLiteral("setup"), QStringLiteral("user_password"),
                                    QStringLiteral("staff_user"), user->id);
    if (!audited || !transaction.commit()) {
        m_error = tr("The password could not be saved: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

QList<StaffUser> UserAdministration::users()
{
    if (!allowed())
        return {};
    return StaffRepository(m_store).all();
}

} // namespace bd
