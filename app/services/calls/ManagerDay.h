#pragma once

#include "app/services/calls/CallScoring.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"
#include "database/calls/CallQueries.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// One line of the manager's "Today": a customer, led by one call or care task, with one
// score and the reasons of all the customer's tasks due.
struct DayItem
{
    DayTaskRow task;
    CallScoring::Score score;
};

// The signed-in manager's day: the customers with open call tasks of running lists (and care
// tasks due within a few days), one line each, ranked by how easy the customer is to close
// now, highest first.
class ManagerDay
{
    Q_DECLARE_TR_FUNCTIONS(ManagerDay)

public:
    static constexpr int kCareDays = 7;
    static constexpr int kVoiceDays = 90; // how far back a "heard" reason looks

    ManagerDay(Store &store, const Session &session, CallClock clock = systemCallClock());

    QList<DayItem> today() const;
    // The score of one customer today (also what is stored on a call task when it changes).
    CallScoring::Score scoreOf(const CustomerId &customerId, bool doNotContact = false,
                               const QString &careKind = {}, const QDate &careDueOn = {}) const;
    static CallScoring::Score scoreOf(const CallRankingFacts &facts, const DayTaskRow &task,
                                      const QDate &today);

private:
    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
