#pragma once

#include "app/common/AuditChain.h"

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
    bool append(const AuditEntry &entry);
    QList<AuditEntry> all() const; // in seq order
    QList<AuditEntry> latest(int limit) const;
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    mutable QString m_error;
};

} // namespace bd
