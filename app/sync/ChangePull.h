#pragma once

#include "app/domain/Ids.h"
#include "app/domain/StaffRole.h"
#include "app/sync/SyncStep.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

class PulledBatch;
class RoundTimings;
// A step of a round: the branch's changes after the local cursor (GET /v1/changes), batch
// by batch, each applied with the cursor in one local transaction (PulledBatch), with the
// search keys of the customers it changed. A server with another epoch (restored or
// re-created) means the log is read again from its start; the outbox is kept and sent
// again.
class ChangePull : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(ChangePull)

public:
    ChangePull(Store &store, SyncHttpClient &server, QString branchId);

    // Counts pulled changes and conflicts, and a full download, in `report`.
    Result<> run(SyncReport &report) override;
    int batchSize = 1000;
    // The role this round signed in with (unknown: every erasure change is recorded, as
    // before F32).
    std::optional<StaffRole> role;
    // Where the round's log notes how long the download and the apply took (not owned).
    RoundTimings *timings = nullptr;

private:
    void note(const QString &step);
    Result<PulledBatch> batchOf(const QJsonObject &answer, qint64 cursor) const;
    Result<> startOver(const QString &epoch);
    Result<> measureClock(const QJsonObject &answer, qint64 asked, SyncReport &report);
    Result<> followConsent(const QSet<CustomerId> &customers);
    Result<> followOpportunities(const QSet<CustomerId> &customers);
    Result<> followSearchKeys(const QSet<CustomerId> &customers);

    QString m_branchId;
};

} // namespace bd
