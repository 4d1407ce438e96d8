#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "database/calls/LifecycleFactsQuery.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace bd {

class Store;

// Recomputes customers' lifecycle stages by LifecycleRules and stores stage and reason
// (only where they changed, each with its sync change; one audit entry per run). The changes
// are written in batches of kBatchSize, each in its own transaction: a branch run takes
// minutes at 100,000 customers and runs beside the GUI's writes (BackgroundCarePlan).
class LifecycleUpdater
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleUpdater)

public:
    static constexpr int kBatchSize = 500;

    LifecycleUpdater(Store &store, const Session &session, CallClock clock = systemCallClock());

    struct Report
    {
        bool ok = false;
        QString problem; // translated
        int checked = 0;
        int changed = 0;
    };
    Report recompute(const QStringList &customerIds);
    Report recomputeMine(); // the signed-in manager's customers; the branch for a branch head

private:
    // Calls its argument with each customer's id and facts.
    using FactsSource = std::function<void(
            const std::function<void(const CustomerId &, const LifecycleFacts &)> &visit)>;
    Report recompute(const FactsSource &readFacts);

    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
