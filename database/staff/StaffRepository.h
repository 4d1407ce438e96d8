#pragma once

#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"
#include "database/staff/StaffUser.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

class StaffRepository
{
public:
    explicit StaffRepository(Store &store);

    std::optional<StaffUser> byId(const QString &id) const;
    std::optional<StaffUser> byUsername(const QString &username) const;
    QList<StaffUser> all() const;
    QList<StaffUser> byRole(StaffRole role) const;

    // These record their change for sync; call inside a Transaction.
    Result<> insert(StaffUser &user);
    Result<> setPasswordHash(const QString &id, const QString &hash);
    // Sign-in bookkeeping is local to this workstation and not synced.
    Result<> recordFailedSignIn(const QString &id, int failedAttempts,
                                const QDateTime &lockedUntil);
    Result<> recordSignIn(const QString &id);

private:
    // A failed read logs and finds no one.
    QList<StaffUser> select(const QString &where, const QVariantList &values) const;

    Store &m_store;
};

} // namespace bd
