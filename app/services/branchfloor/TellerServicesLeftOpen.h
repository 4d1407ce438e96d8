#pragma once

#include "app/domain/Result.h"
#include "app/services/branchfloor/FloorClock.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>

namespace bd {

class Store;

// A counter service the customer never came back to (left at 4 of 7 when they stepped away)
// can be continued only on its own day (TellerSession::start). Once that day is over it is
// closed as abandoned, stamped with when it was closed, so that it does not dangle as a
// service still running; what was done (steps, amount, referral) stays as it was (issue #15).
class TellerServicesLeftOpen
{
    Q_DECLARE_TR_FUNCTIONS(TellerServicesLeftOpen)

public:
    TellerServicesLeftOpen(Store &store, const Session &session, FloorClock clock = systemClock());

    // Closes this teller's services of earlier days that were not seen off, in one
    // transaction, each audited; returns how many. Running it again closes none.
    Result<int> closeEarlierDays();

private:
    Store &m_store;
    Session m_session;
    FloorClock m_clock;
};

} // namespace bd
