#include "app/services/staff/UserAdministration.h"

#include "app/common/PasswordHasher.h"
#include "app/domain/ControlCharacters.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "app/services/core/Session.h"
#include "app/services/staff/FieldKeyAccess.h"
#include "app/services/staff/PrivilegeRequests.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace bd {

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

Result<> UserAdministration::allowed()
{
    if (!m_session)
        return {}; // setting up a new file
    return PermissionGate::require(m_store, *m_session, Permission::ManageUsers);
}

Result<StaffUser> UserAdministration::addUser(const QString &username, const QString &displayName,
                                              StaffRole role, const QString &password,
                                              const QString &branchId)
{
    if (Result<> may = allowed(); !may)
        return may.error();
    if (m_session && PrivilegeRequests::needsSecondPerson(role))
        return Error(tr("Granting the role %1 needs a second person: it is requested, and "
                        "another administrator or the branch head approves it.")
                             .arg(StaffRoles::code(role)));
    return createUser(username, displayName, role, password, branchId);
}

Result<> UserAdministration::checkNewAccount(const QString &username, const QString &displayName)
{
    static const QRegularExpression validName(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!validName.match(username).hasMatch())
        return Error(tr("A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', "
                     "starting with a letter."));
    if (displayName.trimmed().isEmpty())
        return Error(tr("The display name cannot be empty."));
    if (ControlCharacters::contains(displayName))
        return Error(tr("The display name holds control characters (such as terminal escape "
                        "sequences)."));
    if (StaffRepository(m_store).byUsername(username))
        return Error(tr("The user name %1 is taken.").arg(username));
    return {};
}

Result<StaffUser> UserAdministration::createUser(const QString &username,
                                                 const QString &displayName, StaffRole role,
                                                 const QString &password,
                                                 const QString &branchId)
{
    if (Result<> fine = checkNewAccount(username, displayName); !fine)
        return fine.error();
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error(problem);
    StaffRepository staff(m_store);
    StaffUser user;
    user.branchId = branchId;
    user.username = username;
    user.displayName = displayName.trimmed();
    user.role = role;
    user.passwordHash = PasswordHasher::hash(password);

    FieldKeyAccess keyAccess(m_store);
    if (Result<> prepared = keyAccess.prepareForUsers(m_session == nullptr); !prepared)
        return Error(tr("The user could not be saved: %1").arg(prepared.errorString()));
    Transaction transaction(m_store.database());
    if (Result<> inserted = staff.insert(user); !inserted)
        return inserted.error();
    if (Result<> granted = keyAccess.grant(user, password); !granted)
        return Error(tr("The user could not be saved: %1").arg(granted.errorString()));
    AuditTrail audit(m_store);
    const QJsonObject detail { { QStringLiteral("username"), username },
                               { QStringLiteral("role"), StaffRoles::code(role) } };
    const bool audited = m_session
            ? audit.record(m_session, QStringLiteral("user_add"), QStringLiteral("staff_user"),
                           user.id, detail)
            : audit.recordAnonymous(QStringLiteral("setup"), QStringLiteral("user_add"),
                                    QStringLiteral("staff_user"), user.id, detail);
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString())); !saved)
        return Error(tr("The user could not be saved: %1").arg(saved.errorString()));
    return user;
}

Result<> UserAdministration::setPassword(const QString &username, const QString &password)
{
    if (Result<> may = allowed(); !may)
        return may;
    if (m_session && username != m_session->user.username)
        return Error(tr("Setting another person's password needs a second person: it is "
                        "requested, and another administrator or the branch head approves "
                        "it."));
    return storePassword(username, password);
}

Result<> UserAdministration::storePassword(const QString &username, const QString &password)
{
    if (const QString problem = passwordProblem(password); !problem.isEmpty())
        return Error(problem);
    StaffRepository staff(m_store);
    const std::optional<StaffUser> user = staff.byUsername(username);
    if (!user)
        return Error(tr("There is no user %1.").arg(username));
    Transaction transaction(m_store.database());
    if (Result<> saved = staff.setPasswordHash(user->id, PasswordHasher::hash(password)); !saved)
        return saved;
    // The user's key slot follows the new password (the old one no longer opens it).
    FieldKeyAccess keyAccess(m_store);
    if (Result<> granted = keyAccess.grant(*user, password); !granted)
        return Error(tr("The password could not be saved: %1").arg(granted.errorString()));
    AuditTrail audit(m_store);
    const bool audited = m_session
            ? audit.record(m_session, QStringLiteral("user_password"), QStringLiteral("staff_user"),
                           user->id)
            : audit.recordAnonymous(QStringLiteral("setup"), QStringLiteral("user_password"),
                                    QStringLiteral("staff_user"), user->id);
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString())); !saved)
        return Error(tr("The password could not be saved: %1").arg(saved.errorString()));
    return {};
}

Result<QList<StaffUser>> UserAdministration::users()
{
    if (Result<> may = allowed(); !may)
        return may.error();
    return StaffRepository(m_store).all();
}

} // namespace bd
