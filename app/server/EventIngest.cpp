#include "app/server/EventIngest.h"

#include "app/common/SyncChange.h"
#include "app/domain/ServerMadeRow.h"
#include "app/rules/EventLogging.h"
#include "app/rules/Opportunity.h"
#include "app/server/BranchRules.h"
#include "app/server/ChangeLog.h"
#include "app/server/CustomerFacts.h"
#include "app/server/EventLedger.h"
#include "app/server/ServerDatabase.h"
#include "database/core/Store.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>

namespace bd {

namespace {
const QString kServerNode = ServerMadeRow::node();

QJsonObject result(const QString &eventId, const QString &status, int opportunities = 0)
{
    QJsonObject object{{QStringLiteral("event_id"), eventId}, {QStringLiteral("status"), status}};
    if (opportunities > 0)
        object.insert(QStringLiteral("opportunities"), opportunities);
    return object;
}
} // namespace

EventIngest::EventIngest(const ServerDatabase &database, ChangeLog &log, CustomerFacts &facts,
                         EventLedger &ledger, BranchRules &rules)
    : m_database(database)
    , m_log(log)
    , m_facts(facts)
    , m_ledger(ledger)
    , m_rules(rules)
    , m_clock(kServerNode)
{
}

Result<EventIngest::Report> EventIngest::ingest(QList<MarketingEvent> events, const QDateTime &now)
{
    Report report;
    // What the branches pushed since the last batch counts for these events.
    const Result<QSet<BranchId>> caughtUp = m_facts.catchUp();
    if (!caughtUp)
        return caughtUp.error();
    m_rules.forget(*caughtUp);

    QStringList ids;
    for (const MarketingEvent &event : std::as_const(events))
        ids << event.eventId;
    const Result<QSet<QString>> known = m_ledger.known(ids);
    if (!known)
        return known.error();
    QSet<QString> seen = *known;
    QList<EventLedger::Arrival> arrivals;
    QList<MarketingEvent> matched;
    QHash<QString, CustomerProfile> profiles; // by event id: read once per batch
    QList<int> positions; // of each result, for the opportunities counted later
    for (MarketingEvent &event : events) {
        if (seen.contains(event.eventId)) {
            ++report.duplicates;
            report.results << result(event.eventId, QStringLiteral("duplicate"));
            continue;
        }
        seen.insert(event.eventId);
        const std::optional<CustomerProfile> customer = m_facts.byCif(event.cifNo);
        EventLedger::Arrival arrival{event, {}, QStringLiteral("unknown_customer")};
        if (customer) {
            event.customerId = customer->id;
            arrival.event.customerId = customer->id;
            arrival.branch = customer->branchId;
            arrival.outcome = QStringLiteral("pending");
            matched << event;
            profiles.insert(event.eventId, *customer);
            ++report.accepted;
            positions << int(report.results.size());
            report.results << result(event.eventId, QStringLiteral("accepted"));
        } else {
            ++report.unknownCustomers;
            report.results << result(event.eventId, QStringLiteral("unknown_customer"));
        }
        arrivals << arrival;
    }
    {
        Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
        if (!transaction)
            return transaction.error();
        if (Result<> stored = m_ledger.store(arrivals, now); !stored)
            return stored.error();
        if (Result<> committed = transaction->commit(); !committed)
            return committed.error();
    }
    Report evaluated;
    if (Result<> ran = evaluate(matched, now, evaluated, &profiles); !ran)
        return ran.error();
    report.delivered = evaluated.delivered;
    report.heldBack = evaluated.heldBack;
    report.branchesWritten = evaluated.branchesWritten;
    // The opportunities of each accepted event, in the answer.
    for (int i = 0; i < matched.size(); ++i) {
        const int made = evaluated.results.at(i).toObject().value(QStringLiteral("opportunities")).toInt();
        if (made > 0) {
            QJsonObject line = report.results.at(positions.at(i)).toObject();
            line.insert(QStringLiteral("opportunities"), made);
            report.results[positions.at(i)] = line;
        }
    }
    return report;
}

bool EventIngest::deliveryWanted()
{
    // On by default since workstations synchronise table opportunity (desk migration 0029);
    // "off" keeps the firings on the server (a trial of a new rule file).
    return qEnvironmentVariable("BRANCHDESK_EVENT_DELIVERY") != QLatin1String("off");
}

Result<EventIngest::Report> EventIngest::resumePending(const QDateTime &now)
{
    Report report;
    const Result<QSet<BranchId>> caughtUp = m_facts.catchUp();
    if (!caughtUp)
        return caughtUp.error();
    m_rules.forget(*caughtUp);
    for (;;) {
        const Result<QList<MarketingEvent>> pending = m_ledger.pending(1000);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            return report;
        if (Result<> ran = evaluate(*pending, now, report); !ran)
            return ran.error();
        report.accepted += int(pending->size());
    }
}

Result<> EventIngest::evaluate(const QList<MarketingEvent> &events, const QDateTime &now,
                               Report &report, const QHash<QString, CustomerProfile> *profiles)
{
    EventLedger::History history(m_database);
    QList<OpportunityDraft> firings;
    QHash<QString, int> firedPerEvent;
    QMap<BranchId, QList<SyncChange>> changes;
    for (const MarketingEvent &event : events) {
        std::optional<CustomerProfile> customer;
        if (profiles && profiles->contains(event.eventId))
            customer = profiles->value(event.eventId);
        else
            customer = m_facts.byCif(event.cifNo);
        int made = 0;
        if (customer && customer->id == event.customerId) {
            const RuleEngine &engine = m_rules.of(customer->branchId);
            for (const RuleOutcome &outcome : engine.evaluate(event, *customer, history, now)) {
                if (!outcome.makesOpportunity())
                    continue;
                OpportunityDraft draft{customer->branchId, customer->id, event.eventId, outcome, now,
                                       kServerNode};
                QJsonObject fields = draft.columns();
                fields.insert(QStringLiteral("version"), 1);
                SyncChange change;
                change.rowId = draft.id().toString();
                // A workstation's copy sent back after a restore comes under this id too.
                change.changeId = ServerMadeRow::madeChangeId(change.rowId, event.occurredAt);
                change.table = QStringLiteral("opportunity");
                change.op = QStringLiteral("upsert");
                change.fields = fields;
                change.hlc = m_clock.now().toString();
                change.originNode = kServerNode;
                change.schemaVersion = Store::latestSchemaVersion();
                changes[customer->branchId] << change;
                firings << draft;
                ++made;
                if (outcome.verdict == RuleOutcome::Verdict::Delivered)
                    ++report.delivered;
                else
                    ++report.heldBack;
            }
        }
        firedPerEvent.insert(event.eventId, made);
        report.results << result(event.eventId, QStringLiteral("accepted"), made);
    }
    // Into each branch's log; a change written before (a run after a stop) is a duplicate.
    for (auto it = changes.constBegin(); it != changes.constEnd() && deliversToLogs; ++it) {
        if (const auto appended = m_log.append(it.key(), it.value()); !appended)
            return appended.error();
        report.branchesWritten.insert(it.key());
    }
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    if (Result<> recorded = m_ledger.recordEvaluation(firings, firedPerEvent); !recorded)
        return recorded.error();
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    for (const BranchId &branch : std::as_const(report.branchesWritten)) {
        if (logWritten)
            logWritten(branch);
    }
    qCInfo(lcEvents) << "evaluated" << events.size() << "events:" << report.delivered
                     << "opportunities delivered," << report.heldBack << "held back";
    return {};
}

} // namespace bd
