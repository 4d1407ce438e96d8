#include "app/server/EventLedger.h"

#include "app/rules/EventParser.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerStatement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {
QDateTime storedTime(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// The event as sent (by CIF number; the matched customer is a column of its own).
QString payloadOf(MarketingEvent event)
{
    event.customerId = CustomerId();
    return QString::fromUtf8(QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact));
}

// The ids given, bound as one value: a JSON array both databases can unnest.
QString idArray(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}
} // namespace

QString EventLedger::timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<QSet<QString>> EventLedger::known(const QStringList &eventIds) const
{
    const QSqlDatabase db = m_database.connection();
    ServerStatement query(db, isPostgres(db)
                                      ? QStringLiteral("SELECT event_id FROM market_event WHERE event_id IN "
                                                       "(SELECT jsonb_array_elements_text(?::jsonb))")
                                      : QStringLiteral("SELECT event_id FROM market_event WHERE event_id IN "
                                                       "(SELECT value FROM json_each(?))"));
    if (Result<> read = query.run({idArray(eventIds)}); !read)
        return read.error();
    QSet<QString> found;
    while (query.next())
        found.insert(query.value(0).toString());
    return found;
}

Result<> EventLedger::store(const QList<Arrival> &arrivals, const QDateTime &receivedAt)
{
    ServerStatement insert(m_database.connection(),
                           QStringLiteral("INSERT INTO market_event(event_id, branch_id, customer_id, "
                                          "kind, window_key, occurred_at, received_at, source, "
                                          "payload, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                                          "ON CONFLICT (event_id) DO NOTHING"));
    const QString received = timeText(receivedAt);
    const QVariant noText(QMetaType::fromType<QString>());
    for (const Arrival &arrival : arrivals) {
        const MarketingEvent &e = arrival.event;
        const Result<> stored = insert.run(
                {e.eventId, arrival.branch.isEmpty() ? noText : QVariant(arrival.branch.toString()),
                 e.customerId.isEmpty() ? noText : QVariant(e.customerId.toString()),
                 EventKinds::code(e.kind), e.windowKey(), timeText(e.occurredAt), received,
                 MarketingEvent::sourceCode(e.source), payloadOf(e),
                 arrival.outcome});
        if (!stored)
            return stored;
    }
    return {};
}

Result<QList<MarketingEvent>> EventLedger::pending(int limit) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT payload, customer_id, source FROM market_event "
                                         "WHERE outcome = 'pending' ORDER BY received_at LIMIT ?"));
    if (Result<> read = query.run({limit}); !read)
        return read.error();
    QList<MarketingEvent> events;
    while (query.next()) {
        // Stored as it was sent, so it reads back as it was checked then.
        QList<EventProblem> problems;
        std::optional<MarketingEvent> event = EventParser::fromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object(),
                EventParser::Origin::Feed, QDateTime(), 0, &problems);
        if (!event)
            continue;
        event->customerId = CustomerId(query.value(1).toString());
        event->source = MarketingEvent::sourceFromCode(query.value(2).toString())
                                .value_or(MarketingEvent::Source::Feed);
        events << *event;
    }
    return events;
}

Result<> EventLedger::recordEvaluation(const QList<OpportunityDraft> &firings,
                                       const QHash<QString, int> &firedPerEvent)
{
    const QSqlDatabase db = m_database.connection();
    ServerStatement firing(db, QStringLiteral("INSERT INTO event_firing(opportunity_id, branch_id, "
                                              "customer_id, rule_id, event_time, created_at, "
                                              "purpose, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                                              "ON CONFLICT (opportunity_id) DO NOTHING"));
    for (const OpportunityDraft &draft : firings) {
        const QJsonObject row = draft.columns();
        const Result<> stored = firing.run(
                {row.value(QStringLiteral("id")).toString(), draft.branchId.toString(),
                 draft.customerId.toString(), draft.outcome.rule.id,
                 row.value(QStringLiteral("occurred_at")).toString(), timeText(draft.createdAt),
                 row.value(QStringLiteral("purpose")).toString(),
                 row.value(QStringLiteral("status")).toString()});
        if (!stored)
            return stored;
    }
    ServerStatement evaluated(db, QStringLiteral("UPDATE market_event SET outcome = 'evaluated', "
                                                 "fired = ? WHERE event_id = ? AND outcome = 'pending'"));
    for (auto it = firedPerEvent.constBegin(); it != firedPerEvent.constEnd(); ++it) {
        if (Result<> marked = evaluated.run({it.value(), it.key()}); !marked)
            return marked;
    }
    return {};
}

ServerStatement &EventLedger::History::statement(std::optional<ServerStatement> &kept,
                                                 const char *sql)
{
    if (!kept)
        kept.emplace(m_database.connection(), QString::fromLatin1(sql));
    return *kept;
}

QList<QDateTime> EventLedger::History::eventTimes(const CustomerId &customer,
                                                  const QString &windowKey, const QDateTime &from,
                                                  const QDateTime &to)
{
    ServerStatement &query = statement(m_times, "SELECT occurred_at FROM market_event WHERE "
                                                "customer_id = ? AND window_key = ? AND "
                                                "occurred_at >= ? AND occurred_at <= ?");
    QList<QDateTime> times;
    if (!query.run({customer.toString(), windowKey, timeText(from), timeText(to)}))
        return times;
    while (query.next())
        times << storedTime(query.value(0));
    query.finish();
    return times;
}

bool EventLedger::History::storedFiringWithin(const CustomerId &customer, const QString &ruleId,
                                              const QDateTime &from, const QDateTime &to)
{
    ServerStatement &query = statement(m_fired, "SELECT 1 FROM event_firing WHERE customer_id = ? "
                                                "AND rule_id = ? AND event_time > ? AND "
                                                "event_time < ? LIMIT 1");
    const bool fired
            = query.run({customer.toString(), ruleId, timeText(from), timeText(to)}) && query.next();
    query.finish();
    return fired;
}

int EventLedger::History::storedMarketingContactsSince(const CustomerId &customer,
                                                       const QDateTime &since)
{
    ServerStatement &query = statement(
            m_contacts, "SELECT (SELECT count(*) FROM event_contact WHERE customer_id = ? AND "
                        "marketing = 1 AND contacted_at >= ?) + (SELECT count(*) FROM "
                        "event_firing WHERE customer_id = ? AND purpose = 'marketing' AND "
                        "status = 'open' AND created_at >= ?)");
    const QString from = timeText(since);
    const int stored = query.run({customer.toString(), from, customer.toString(), from}) && query.next()
            ? query.value(0).toInt()
            : 0;
    query.finish();
    return stored;
}

} // namespace bd
