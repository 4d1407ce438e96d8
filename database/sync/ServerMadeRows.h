#pragma once

#include "app/domain/Result.h"

namespace bd {

class Store;

// Rows the server made itself and this workstation holds: the opportunities the event rules
// filed into the branch's log (origin server). No outbox holds their insert, so a server
// restored from a backup taken before it made one would have lost it for good, while the
// workstations that pulled it keep it and act on it (docs/RELIABILITY.md, F31: a fresh
// workstation never got the row and held the follow-through and the erasure's delete for
// good). When the server comes back with a new epoch, each such row goes back to it in the
// outbox, as a copy of the server's insert:
// - under the change id the server gave its insert (ServerMadeRow::madeChangeId), so a
//   server that kept the entry answers "duplicate" and files nothing twice, and every
//   workstation sending the same row sends one change;
// - with the row's values as here, stamped with the row's oldest field clock (the server's
//   insert): an edit made anywhere since carries a later stamp and still wins everywhere,
//   and a fresh workstation gets a whole row to which the held edits and delete then apply.
class ServerMadeRows
{
public:
    explicit ServerMadeRows(Store &store)
        : m_store(store)
    {
    }

    // Queues the copies not already in the outbox; how many. Joins the caller's transaction.
    Result<int> sendBack();

private:
    Store &m_store;
};

} // namespace bd
