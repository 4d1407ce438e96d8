#pragma once

#include "app/domain/Ids.h"
#include "app/services/branchfloor/FloorClock.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;

// Whether a walk-in about to be logged repeats one already in today's list. A second
// Ctrl+Enter, or the same customer linked again a minute later, used to add a second row
// (and a second VIP to the day's count); a ticket number typed twice put two people on one
// ticket. A later moment of the same visit (entering, then consulting) is not a repeat.
class LobbyVisitRepeat
{
    Q_DECLARE_TR_FUNCTIONS(LobbyVisitRepeat)

public:
    // How long the same customer at the same moment counts as the same visit.
    static constexpr int kSameVisitMinutes = 10;

    // The ticket as the queue machine prints it: full-width characters folded (Ｖ１００),
    // upper case, no surrounding spaces.
    static QString normalisedTicket(const QString &typed);

    // A translated problem when the walk-in repeats an earlier one, else empty. An error
    // reading the day's visits is said too: the log is not written blind.
    static QString problem(Store &store, const QString &branchId, const CustomerId &customerId,
                           const QString &ticketNo, const QString &moment, const FloorClock &clock);
};

} // namespace bd
