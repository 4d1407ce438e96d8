#pragma once

#include "app/domain/Result.h"

#include <QJsonValue>
#include <QString>

namespace bd {

class Store;

// The branch list the server sends with every pull (reference data: id, code, name; see
// docs/SYNC_PROTOCOL.md). Applied inside the pull's local transaction: unknown branches
// are inserted, known ones take the server's code and name. Nothing is deleted, and
// nothing is recorded in the outbox: the server is authoritative for branches.
class ReferenceBranches
{
public:
    explicit ReferenceBranches(Store &store);

    // `list` is the pull answer's "branches"; undefined (an older server) applies nothing.
    Result<> apply(const QJsonValue &list);
    int inserted() const { return m_inserted; }
    int updated() const { return m_updated; }
    // Entries held back because another local row still holds their code: the list must
    // come again (a pull names no list version then).
    int heldBack() const { return m_heldBack; }

private:
    Store &m_store;
    int m_inserted = 0;
    int m_updated = 0;
    int m_heldBack = 0;
};

} // namespace bd
