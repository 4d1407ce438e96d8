#pragma once

#include <QCoreApplication>
#include "database/staff/StaffRepository.h"

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

    std::optional<StaffUser> addUser(const QString &username, const QString &displayName,
                                     StaffRole role, const QString &password,
                                     const QString &branchId);
    bool setPassword(const QString &username, const QString &password);
    QList<StaffUser> users();

    QString errorString() const { return m_error; }

private:
    bool allowed();

    Store &m_store;
    const Session *m_session;
    QString m_error;
};

} // namespace bd
