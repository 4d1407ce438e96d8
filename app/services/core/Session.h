#pragma once

#include "app/domain/Permission.h"
#include "database/staff/BranchRepository.h"
#include "database/staff/StaffRepository.h"

namespace bd {

// Who is signed in, at which branch. Services take a Session and check its permissions.
struct Session
{
    StaffUser user;
    Branch branch;

    bool can(Permission permission) const;
    QString refusal(Permission permission) const; // translated "You may not ..." message
};

} // namespace bd
