#include "app/services/staff/PrivilegeRequests.h"

#include "app/domain/Permission.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "app/services/core/Session.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QJsonObject>

namespace bd {

namespace {
QString kindCode(StaffRequest::Kind kind)
{
    return kind == StaffRequest::Kind::ResetPassword ? QStringLiteral("reset_password")
                                                     : QStringLiteral("add_user");
}

QJsonObject detailOf(const StaffRequest &request)
{
    QJsonObject detail{{QStringLiteral("kind"), kindCode(request.kind)},
                       {QStringLiteral("username"), request.username}};
    if (request.kind == StaffRequest::Kind::AddUser)
        detail.insert(QStringLiteral("role"), StaffRoles::code(request.role));
    return detail;
}
} // namespace

PrivilegeRequests::PrivilegeRequests(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

bool PrivilegeRequests::needsSecondPerson(StaffRole role)
{
    return role == StaffRole::BranchHead
            || Permissions::roleHas(role, Permission::RevealPersonalData)
            || Permissions::roleHas(role, Permission::ExportPersonalData)
            || Permissions::roleHas(role, Permission::ErasePersonalData);
}

Result<> PrivilegeRequests::mayRequest()
{
    return PermissionGate::require(m_store, m_session, Permission::ManageUsers);
}

Result<StaffRequest> PrivilegeRequests::requestUser(const QString &username,
                                                    const QString &displayName, StaffRole role,
                                                    const QString &branchId)
{
    if (Result<> may = mayRequest(); !may)
        return may.error();
    if (Result<> fine = UserAdministration(m_store, &m_session).checkNewAccount(username,
                                                                                displayName);
        !fine)
        return fine.error();
    StaffRequest request;
    request.kind = StaffRequest::Kind::AddUser;
    request.username = username;
    request.displayName = displayName.trimmed();
    request.role = role;
    request.branchId = branchId;
    return file(request);
}

Result<StaffRequest> PrivilegeRequests::requestPasswordReset(const QString &username)
{
    if (Result<> may = mayRequest(); !may)
        return may.error();
    if (!StaffRepository(m_store).byUsername(username))
        return Error(UserAdministration::tr("There is no user %1.").arg(username));
    if (username == m_session.user.username)
        return Error(tr("Your own password needs no request: set it with user passwd."));
    StaffRequest request;
    request.kind = StaffRequest::Kind::ResetPassword;
    request.username = username;
    return file(request);
}

Result<StaffRequest> PrivilegeRequests::file(StaffRequest request)
{
    request.id = Uuid7Generator::generate();
    request.requestedBy = m_session.user.id;
    request.requestedAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_store.database());
    if (Result<> inserted = StaffRequestRepository(m_store).insert(request); !inserted)
        return inserted.error();
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("staff_request"),
                                    QStringLiteral("staff_request"), request.id,
                                    detailOf(request)))
        return Error(tr("The request could not be recorded in the audit log."));
    if (Result<> saved = transaction.commit(); !saved)
        return saved.error();
    return request;
}

Result<QList<StaffRequest>> PrivilegeRequests::pending()
{
    if (!m_session.can(Permission::ManageUsers) && m_session.user.role != StaffRole::BranchHead)
        return Error(m_session.refusal(Permission::ManageUsers));
    return StaffRequestRepository(m_store).pending();
}

Result<> PrivilegeRequests::mayApprove(const StaffRequest &request)
{
    const StaffUser &approver = m_session.user;
    if (!m_session.can(Permission::ManageUsers) && approver.role != StaffRole::BranchHead)
        return Error(tr("Only another administrator or the branch head can approve this."));
    if (approver.id == request.requestedBy)
        return Error(tr("A request needs a second person: you made this one, so someone else "
                        "must approve it."));
    if (approver.username == request.username)
        return Error(tr("Nobody can approve a request about their own account."));
    if (StaffRequestRepository(m_store).passwordLastSetBy(approver.id) == request.requestedBy)
        return Error(tr("Your password was last set by the person who made this request, so "
                        "you cannot be their second person. Set your own password first."));
    return {};
}

Result<StaffRequest> PrivilegeRequests::approve(const QString &requestId, const QString &password)
{
    const std::optional<StaffRequest> request
            = StaffRequestRepository(m_store).pendingById(requestId);
    if (!request)
        return Error(tr("No request %1 is waiting.").arg(requestId));
    if (Result<> may = mayApprove(*request); !may) {
        AuditTrail(m_store).record(&m_session, QStringLiteral("staff_request_refused"),
                                   QStringLiteral("staff_request"), request->id,
                                   detailOf(*request));
        return may.error();
    }
    if (const QString problem = UserAdministration::passwordProblem(password); !problem.isEmpty())
        return Error(problem);
    UserAdministration administration(m_store, &m_session);
    if (request->kind == StaffRequest::Kind::AddUser) {
        const Result<StaffUser> added = administration.createUser(
                request->username, request->displayName, request->role, password,
                request->branchId);
        if (!added)
            return added.error();
    } else if (Result<> set = administration.storePassword(request->username, password); !set) {
        return set.error();
    }
    Transaction transaction(m_store.database());
    if (Result<> marked = StaffRequestRepository(m_store).markApproved(request->id,
                                                                       m_session.user.id);
        !marked)
        return marked.error();
    QJsonObject detail = detailOf(*request);
    detail.insert(QStringLiteral("requested_by"), request->requestedBy);
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("staff_request_approved"),
                                    QStringLiteral("staff_request"), request->id, detail))
        return Error(tr("The approval could not be recorded in the audit log."));
    if (Result<> saved = transaction.commit(); !saved)
        return saved.error();
    return *request;
}

} // namespace bd
