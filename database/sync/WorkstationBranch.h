#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;

// Which branch this workstation holds. Its `branch` table no longer says so alone: the
// server sends every branch as reference data (ReferenceBranches). So the first sign-in
// that passes records the branch (SyncState); until then the old rule applies (a
// workstation with branch rows, none of them the account's, is another's).
namespace WorkstationBranch {
// True if an account of `branchId` must not exchange anything on this workstation.
bool isAnother(Store &store, const QString &branchId);
// The recorded branch; empty before the first sync (or snapshot) of this workstation.
QString recorded(Store &store);
// Records `branchId` as this workstation's if none is recorded yet.
Result<> remember(Store &store, const QString &branchId);
} // namespace WorkstationBranch

} // namespace bd
