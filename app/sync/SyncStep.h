#pragma once

#include "app/domain/Result.h"

namespace bd {

class Store;
class SyncHttpClient;
struct SyncReport;

// One step of a sync round (SyncEngine): it works on the workstation file with the server
// the round signed in to, adds what it did to the round's report (also when it fails
// midway) and says whether the round may go on.
class SyncStep
{
public:
    SyncStep(Store &store, SyncHttpClient &server)
        : m_store(store)
        , m_server(server)
    {
    }
    virtual ~SyncStep() = default;

    virtual Result<> run(SyncReport &report) = 0;

protected:
    Store &m_store;
    SyncHttpClient &m_server;
};

} // namespace bd
