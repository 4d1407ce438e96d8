#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"
#include "app/server/ServerAccounts.h"

#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// The desk-only accounts of each workstation (staff rows the server has no account for) as
// the server knows them, so that their audit entries can be checked (issue 14; docs/
// SECURITY.md §8.2). An account becomes known on a workstation when its staff_user row comes
// up from there (its creation, a rename, a password set there) in a push of an account that
// may write the roster (SyncAuthorisation: manage users), signed in naming that workstation.
// Only the name and id are kept: no password hash travels for this.
class DeskAccounts
{
public:
    explicit DeskAccounts(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Records the staff_user upserts among `stored` (changes of the caller's branch the push
    // stored, duplicates included) for the caller's workstation.
    Result<> registerPushed(const ServerAccounts::Caller &caller, const QList<SyncChange> &stored);
    // The accounts of a workstation file imported as its branch's baseline (import-branch:
    // the operator vouches for the file), for that file's own node.
    struct Account
    {
        QString staffId;
        QString username;
    };
    Result<> registerImported(const BranchId &branch, const QString &node,
                              const QList<Account> &accounts);
    // Whether `username`, with the desk's staff id `staffId`, came up from `node`.
    Result<bool> known(const QString &node, const QString &username, const QString &staffId) const;
    // Whether `username`, with the staff id `staffId`, is one of `branch`'s accounts on any of
    // its workstations (SignedInStaff: a change's staff id the log has no row for).
    Result<bool> knownInBranch(const BranchId &branch, const QString &username,
                               const QString &staffId) const;

private:
    Result<bool> exists(const QString &sql, const QVariantList &values) const;
    Result<> save(const QString &node, const QString &staffId, const BranchId &branch,
                  const QString &username, const QString &registeredBy);

    const ServerDatabase &m_database;
};

} // namespace bd
