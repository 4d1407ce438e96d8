#pragma once

#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"
#include "app/sync/SyncReport.h"
#include "app/sync/SyncRetry.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace bd {

class Store;
class SyncHttpClient;
class RoundTimings;

// One sync round of a workstation: sign in, push the outbox (OutboxPush), send the audit
// chain (AuditUpload), load the branch's baseline if there is a new one (BaselineDownload),
// pull the branch's changes after the local cursor (ChangePull), and remove the customers
// now kept by another branch (MovedCustomers). Blocking: the GUI runs it in a worker thread
// (with that thread's Store connection), the admin CLI directly. Nothing in the outbox is
// dropped, whatever the server answers.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    using Report = SyncReport;

    // Signs in to the server as `username` at the start of each round; the server says
    // which branch the account belongs to and only that branch is exchanged. `network`
    // (not owned; a test's fake server) stands in for a network of its own.
    SyncEngine(Store &store, QUrl server, QString username, QString password,
               QNetworkAccessManager *network = nullptr);
    ~SyncEngine();
    Q_DISABLE_COPY_MOVE(SyncEngine)

    Report syncOnce();
    int pushBatchSize = 2000;
    int pullBatchSize = 1000;
    int timeoutMs = 30000;
    // Ends the round after this many baseline pages (0: no limit), as a dropped
    // connection would; the next round resumes after the last page applied.
    int stopAfterBaselinePages = 0;
    // For an https server whose certificate is signed by a private authority: its PEM file.
    QString caFile;
    // A request that found no server, a dropped connection or a busy server (502/503/504)
    // goes again within the round, a few times; then the round fails and says so.
    SyncRetry retry = SyncRetry::withinRound();

private:
    Result<> runRound(Report &report, RoundTimings &timings);
    Result<> signIn();
    Result<> dropMovedCustomers(Report &report);

    Store &m_store;
    QString m_username;
    QString m_password;
    QString m_branchId;
    // The role the server signed the account in with: a pulled erasure is followed with
    // only the changes that role may send (ChangePull, PulledErasures).
    std::optional<StaffRole> m_role;
    std::unique_ptr<SyncHttpClient> m_server;
};

} // namespace bd
