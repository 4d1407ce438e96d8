#pragma once

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
    bool insert(Branch &branch);
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace bd
