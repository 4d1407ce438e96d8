#pragma once

#include "app/domain/Result.h"
#include "database/staff/StaffRepository.h"

#include <QCoreApplication>

#include <QString>

namespace bd {

class Store;
struct Session;

// Staff accounts: adding users and setting passwords. Needs ManageUsers, except while
// setting up a new database (session == nullptr), which only init/demo do.
class UserAdministration
{
    Q_DECLARE_TR_FUNCTIONS(UserAdministration)

public:
    UserAdministration(Store &store, const Session *session);

    static constexpr int kMinPasswordLength = 8;
    static QString passwordProblem(const QString &password); // empty if acceptable

    Result<StaffUser> addUser(const QString &username, const QString &displayName,
                              StaffRole role, const QString &password, const QString &branchId);
    Result<> setPassword(const QString &username, const QString &password);
    Result<QList<StaffUser>> users();

private:
    // The refusal (audited) when the session may not manage users.
    Result<> allowed();

    Store &m_store;
    const Session *m_session;
};

} // namespace bd
