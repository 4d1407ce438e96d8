#pragma once

#include "app/server/BirthdaySweep.h"
#include "app/server/BranchRules.h"
#include "app/server/CustomerFacts.h"
#include "app/server/EventIngest.h"
#include "app/server/EventLedger.h"
#include "app/server/ServiceAccounts.h"

namespace bd {

class ChangeLog;
class ServerDatabase;

// The server's rooms of event marketing (docs/EVENTS.md), over the same database as the
// sync rooms and writing into the same change logs: who may send events, what the rules
// know, the events and what came of them, each branch's rules, and the ingestion itself.
class EventRooms
{
public:
    EventRooms(const ServerDatabase &database, ChangeLog &log)
        : m_facts(database, log)
        , m_services(database)
        , m_ledger(database)
        , m_rules(m_facts)
        , m_ingest(database, log, m_facts, m_ledger, m_rules)
        , m_birthdays(m_facts, m_ingest)
    {
    }
    Q_DISABLE_COPY_MOVE(EventRooms)

    ServiceAccounts &serviceAccounts() { return m_services; }
    CustomerFacts &facts() { return m_facts; }
    EventLedger &ledger() { return m_ledger; }
    BranchRules &rules() { return m_rules; }
    EventIngest &ingest() { return m_ingest; }
    BirthdaySweep &birthdays() { return m_birthdays; }

private:
    CustomerFacts m_facts;
    ServiceAccounts m_services;
    EventLedger m_ledger;
    BranchRules m_rules;
    EventIngest m_ingest;
    BirthdaySweep m_birthdays;
};

} // namespace bd
