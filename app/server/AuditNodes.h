#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QString>

#include <optional>

namespace bd {

class ServerDatabase;

// The workstations (nodes) whose audit chains the server keeps, and who signed in from each
// (docs/SECURITY.md §8.2): a node belongs to the branch of the first account that signed in
// naming it, and its chain may name as actors only accounts that signed in from it.
class AuditNodes
{
public:
    explicit AuditNodes(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Registers the node for `branch` if it is new and records that `username` signed in
    // from it; false (nothing recorded) if the node belongs to another branch.
    Result<bool> admit(const QString &node, const BranchId &branch, const QString &username);
    // The node's branch; empty if no sign-in has named it.
    Result<std::optional<BranchId>> branchOf(const QString &node) const;
    // True if `username` has signed in to the server naming `node`.
    Result<bool> hasSignedInFrom(const QString &node, const QString &username) const;

private:
    const ServerDatabase &m_database;
};

} // namespace bd
