#pragma once

#include "app/domain/Result.h"
#include "database/staff/Branch.h"

#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

class BranchRepository
{
public:
    explicit BranchRepository(Store &store);

    std::optional<Branch> byId(const QString &id) const;
    std::optional<Branch> byCode(const QString &code) const;
    QList<Branch> all() const;
    // Inserts and records the change; call inside a Transaction. Fills branch.id if empty.
    Result<> insert(Branch &branch);

private:
    Store &m_store;
};

} // namespace bd
