#pragma once

#include "app/sync/SyncStep.h"

#include <QCoreApplication>

namespace bd {

// A step of a round: the branch's baseline (docs/SYNC_PROTOCOL.md, "Baseline"), fetched
// page by page (GET /v1/baseline, /v1/baseline-page) and loaded by BaselineLoad, which
// resumes after the last whole page. Once the whole baseline is in, what the workstation
// derives itself follows: personal data sealed (in an encrypted file) and the customer
// search index built. A baseline already loaded costs one request.
class BaselineDownload : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(BaselineDownload)

public:
    BaselineDownload(Store &store, SyncHttpClient &server);

    // Counts the rows loaded in `report`, also when it stops before the end.
    Result<> run(SyncReport &report) override;
    // Stops after this many pages (0: no limit), as a dropped connection would.
    int stopAfterPages = 0;

    // What the workstation derives from rows that came whole (pages, a snapshot taken in):
    // personal data sealed in an encrypted file, the customer search index rebuilt.
    Result<> deriveLocalData();
};

} // namespace bd
