#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class Store;

// The changes in sync_outbox on their way to the server (ChangeRecorder puts them there):
// the next batch to send, and what the server said of each. Nothing is ever dropped: a
// change leaves the batch only once the server accepted it, took it before (duplicate) or
// refused it (kept with the reason).
class Outbox
{
public:
    struct Verdict
    {
        QString changeId;
        bool refused = false;
        QString reason; // the server's, when refused
    };

    explicit Outbox(Store &store);

    // Up to `limit` changes waiting, oldest first. Personal data waits sealed; it is opened
    // here to be sent (the channel's protection is TLS).
    Result<QList<SyncChange>> waiting(int limit) const;
    // The server's answers for a batch, in one transaction: an accepted (or duplicate)
    // change is marked sent, a refused one keeps the reason.
    Result<> record(const QList<Verdict> &verdicts);
    // The server lost what it had (a new epoch): everything it accepted goes again. Joins
    // the caller's transaction.
    Result<> sendAgain();

private:
    // A pushed change's identifiers leave the data key for the reveal key.
    Result<> resealIdentifiers(const QString &changeId);
    Store &m_store;
};

} // namespace bd
