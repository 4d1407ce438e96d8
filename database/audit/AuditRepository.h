#pragma once

#include "app/common/AuditChain.h"

#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class Store;

// Storage of the audit log. The table refuses UPDATE and DELETE (triggers); the chain
// rules live in services/AuditTrail.
class AuditRepository
{
public:
    explicit AuditRepository(Store &store);

    QString lastHash() const; // empty chain: 64 zeros
    Result<> append(const AuditEntry &entry);
    QList<AuditEntry> all() const; // in seq order
    QList<AuditEntry> latest(int limit) const;

private:
    Store &m_store;
};

} // namespace bd
