#pragma once

#include "app/domain/Result.h"
#include "database/staff/StaffRequestRepository.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;
struct Session;

// Four eyes on who may reach personal data (docs/SECURITY.md, "Four eyes"). Granting a role
// that may reveal, export or erase personal data, or the branch head's, and setting
// another person's password, are requested by one administrator and carried out only when
// a second person approves: another administrator or the branch head, who is neither the
// requester nor the account concerned, and whose own password the requester did not set
// (else one person with two accounts would be both). The approver sets the password, so
// the requester never knows it. Both steps are audited.
class PrivilegeRequests
{
    Q_DECLARE_TR_FUNCTIONS(PrivilegeRequests)

public:
    PrivilegeRequests(Store &store, const Session &session);

    // True for the roles a request is needed for.
    static bool needsSecondPerson(StaffRole role);

    Result<StaffRequest> requestUser(const QString &username, const QString &displayName,
                                     StaffRole role, const QString &branchId);
    Result<StaffRequest> requestPasswordReset(const QString &username);
    Result<QList<StaffRequest>> pending();
    // Carries the request out with `password` as the account's (new) password.
    Result<StaffRequest> approve(const QString &requestId, const QString &password);

private:
    Result<> mayRequest();
    Result<StaffRequest> file(StaffRequest request);
    Result<> mayApprove(const StaffRequest &request);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
