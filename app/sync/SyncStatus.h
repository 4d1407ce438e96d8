#pragma once

#include <QDateTime>
#include <QString>

namespace bd {

class Store;
struct Session;

// What the status bar's sync corner shows, read from the workstation file: how many
// changes wait to be sent, when the last whole round ran, and how many conflicts wait for
// a person.
struct SyncStatus
{
    int waiting = 0;
    QDateTime lastRoundAt; // invalid before the first round
    int openConflicts = 0;
    qint64 clockOffsetMs = 0; // the sync server's clock minus this machine's, last measured
    // More than a few minutes off: stamps use the corrected time, and the user is told.
    bool clockWrong() const;
    QString auditProblem; // why the server refuses the audit log (upload stuck); empty if not
    // Pulled changes waiting more than a week for a record that has not arrived (HeldChanges):
    // it may never come here, so a person should look.
    int waitingLong = 0;

    static SyncStatus read(Store &store, const Session &session);
};

} // namespace bd
