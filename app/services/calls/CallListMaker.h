#pragma once

#include "app/domain/Ids.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QStringList>

#include <functional>

namespace bd {

class Store;

// The branch head turns a list of customers (a segment's result or a selection) into a call
// list: list mode (名单制) spreads the tasks over named managers for a validity period,
// owner mode (管户制) gives each task to the customer's own manager. The contact rules are
// applied as the tasks are made; excluded customers are reported with the reason and kept
// as skipped tasks. An exclusion may be overridden with a reason (audited).
class CallListMaker
{
    Q_DECLARE_TR_FUNCTIONS(CallListMaker)

public:
    CallListMaker(Store &store, const Session &session, CallClock clock = systemCallClock());

    struct Request
    {
        QString name;
        QString purpose;
        QString segmentId; // empty: a selection
        QStringList customerIds;
        QString mode = QStringLiteral("list"); // list | owner
        QStringList managerIds;                // list mode
        QDate startsOn;
        QDate endsOn;
        QStringList overrideCustomerIds; // excluded customers to call anyway ...
        QString overrideReason;          // ... for this reason
    };
    struct Exclusion
    {
        CustomerId customerId;
        QString customerName;
        QStringList codes; // ContactPolicy breach codes, no_manager, unknown_customer
        QString reason;    // translated
    };
    struct Result
    {
        bool ok = false;
        QString refusal; // translated
        QString listId;
        int tasks = 0;
        QMap<QString, int> tasksPerManager;
        QList<Exclusion> excluded;
        bool stopped = false; // the caller's progress said stop: nothing was saved
    };
    // How far a hand-out is (0..100); false stops it, and its one transaction is rolled
    // back, so a list is saved whole or not at all.
    using Progress = std::function<bool(int percent)>;

    // Who the rules would exclude, without writing anything.
    QList<Exclusion> preview(const Request &request) const;
    Result make(const Request &request, const Progress &progress = {});

private:
    QString validate(const Request &request) const;
    struct Plan;
    Plan plan(const Request &request, bool scored) const;

    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
