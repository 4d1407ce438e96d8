#pragma once

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/CustomerProfile.h"
#include "app/rules/MarketingEvent.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QSet>

#include <functional>

namespace bd {

class BranchRules;
class ChangeLog;
class CustomerFacts;
class EventLedger;
class ServerDatabase;

// Events in, opportunities out (docs/EVENTS.md, "On the server"): a batch of well-formed
// events is stored whole (those sent before come back as duplicates), matched to customers
// by CIF number, run through the rules of each customer's branch, and every opportunity is
// written into that branch's change log, where workstations pull it. Nothing is lost if the
// server stops half way: events are stored before their rules run and stay pending until
// the opportunities are in the log, and the opportunities' ids follow from the event and the
// rule, so running them again writes nothing twice.
class EventIngest
{
public:
    EventIngest(const ServerDatabase &database, ChangeLog &log, CustomerFacts &facts,
                EventLedger &ledger, BranchRules &rules);

    struct Report
    {
        int accepted = 0;
        int duplicates = 0;
        int unknownCustomers = 0;
        int delivered = 0;
        int heldBack = 0;
        QJsonArray results; // per event: event_id, status, opportunities
        QSet<BranchId> branchesWritten;
    };
    Result<Report> ingest(QList<MarketingEvent> events, const QDateTime &now);
    // Runs the rules of events stored but not evaluated (after a stop half way).
    Result<Report> resumePending(const QDateTime &now);

    // Told of every branch whose log got opportunities (workstations listening hear it).
    std::function<void(const BranchId &)> logWritten;
    // Whether opportunities go into the branches' change logs (workstations synchronise
    // table "opportunity"). Off, the rules still run and their firings are recorded
    // (de-duplication, the cap, the counts) but nothing reaches a workstation: with
    // BRANCHDESK_EVENT_DELIVERY=off (EventRoutes, events import), e.g. to try a rule file.
    bool deliversToLogs = true;
    static bool deliveryWanted();

private:
    // `profiles`: the customers of the events as ingest() just matched them, by event id
    // (else each is read again).
    Result<> evaluate(const QList<MarketingEvent> &events, const QDateTime &now, Report &report,
                      const QHash<QString, CustomerProfile> *profiles = nullptr);

    const ServerDatabase &m_database;
    ChangeLog &m_log;
    CustomerFacts &m_facts;
    EventLedger &m_ledger;
    BranchRules &m_rules;
    HybridLogicalClock m_clock;
};

} // namespace bd
