#pragma once

#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

// A change to who may reach personal data that waits for a second person (table
// staff_request, migration 0021). Local, never synced.
struct StaffRequest
{
    enum class Kind { AddUser, ResetPassword };
    QString id;
    Kind kind = Kind::AddUser;
    QString username;
    QString displayName; // AddUser
    StaffRole role = StaffRole::Teller; // AddUser
    QString branchId; // AddUser
    QString requestedBy; // staff id
    QDateTime requestedAt;
    bool pending = true;
};

class StaffRequestRepository
{
public:
    explicit StaffRequestRepository(Store &store);

    Result<> insert(const StaffRequest &request);
    std::optional<StaffRequest> pendingById(const QString &id) const;
    Result<QList<StaffRequest>> pending() const;
    // Inside the caller's transaction; fails unless the request was still pending.
    Result<> markApproved(const QString &id, const QString &approverId);
    // The staff id of whoever last set this account's password (its user_add or
    // user_password audit entry); empty for set-up or if unknown.
    QString passwordLastSetBy(const QString &staffId) const;

private:
    Store &m_store;
};

} // namespace bd
