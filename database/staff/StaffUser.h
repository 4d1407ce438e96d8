#pragma once

#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QString>

namespace bd {

struct StaffUser
{
    QString id;
    QString branchId;
    QString username;
    QString displayName;
    StaffRole role = StaffRole::Teller;
    QString passwordHash;
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
    QDateTime lastSignInAt;
};

} // namespace bd
