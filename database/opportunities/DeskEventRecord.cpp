#include "database/opportunities/DeskEventRecord.h"

#include "app/domain/WorkStates.h"
#include "app/rules/EventLogging.h"
#include "app/rules/EventParser.h"
#include "app/rules/Opportunity.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonDocument>
#include <QSqlRecord>

namespace bd {

namespace {
// Event and opportunity times as the server stores them: UTC with milliseconds, so they
// compare as text across desk and server.
QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

DeskEventRecord::DeskEventRecord(Store &store)
    : m_store(store)
{
}

Result<> DeskEventRecord::raise(const MarketingEvent &event, const QDateTime &createdAt)
{
    // Checked as the server checks a feed's events: what is stored reads back.
    QList<EventProblem> problems;
    if (!EventParser::fromJson(event.toJson(), EventParser::Origin::Desk, QDateTime(), 0, &problems))
        return Error(QStringList{problems.value(0).field, problems.value(0).reason}.join(
                QStringLiteral(": ")));
    SqlQuery insert(m_store.database(),
                    QStringLiteral("INSERT INTO marketing_event(id, customer_id, kind, window_key, "
                                   "occurred_at, created_at, payload_json, updated_at) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    insert.bind(event.eventId)
            .bind(event.customerId)
            .bind(EventKinds::code(event.kind))
            .bind(event.windowKey())
            .bind(stamp(event.occurredAt))
            .bind(stamp(createdAt))
            .bind(compact(event.toJson()))
            .bind(SqlTime::now());
    return insert.exec();
}

Result<QList<MarketingEvent>> DeskEventRecord::pending(int limit) const
{
    struct Row
    {
        QString id;
        QByteArray payload;
    };
    const Result<QList<Row>> rows = SqlQuery::readAll<Row>(
            m_store.database(),
            QStringLiteral("SELECT id, payload_json FROM marketing_event WHERE evaluated = 0 AND "
                           "deleted = 0 ORDER BY created_at, id LIMIT ?"),
            {limit}, [](const SqlQuery &row) { return Row{row.text(0), row.value(1).toByteArray()}; });
    if (!rows)
        return rows.error();
    QList<MarketingEvent> events;
    SqlQuery unreadable(m_store.database(),
                        QStringLiteral("UPDATE marketing_event SET evaluated = 1 WHERE id = ?"));
    for (const Row &row : *rows) {
        // Written by raise() from a checked event, so it reads back (no clock: not refused
        // as lying in the future on a desk whose clock was set back meanwhile). One that
        // does not (an older build's) is set aside, so it never holds up the others.
        QList<EventProblem> problems;
        if (const std::optional<MarketingEvent> event
            = EventParser::fromJson(QJsonDocument::fromJson(row.payload).object(),
                                    EventParser::Origin::Desk, QDateTime(), 0, &problems)) {
            events << *event;
            continue;
        }
        qCWarning(lcEvents) << "desk event" << row.id << "does not read; set aside";
        unreadable.bindAt(0, row.id);
        if (Result<> marked = unreadable.exec(); !marked)
            return marked.error();
    }
    return events;
}

int DeskEventRecord::pendingCount() const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT count(*) FROM marketing_event WHERE evaluated = 0 AND "
                                  "deleted = 0"));
    return query.select() && query.next() ? query.integer(0) : 0;
}

Result<RuleBook::Built> DeskEventRecord::rules() const
{
    const QSqlDatabase db = m_store.database();
    SqlQuery set(db, QStringLiteral("SELECT definition_json FROM marketing_rule_set WHERE "
                                    "deleted = 0 ORDER BY updated_at DESC, id LIMIT 1"));
    if (Result<> read = set.exec(); !read)
        return read.error();
    std::optional<QByteArray> installed;
    if (set.next())
        installed = set.value(0).toByteArray();
    const Result<QList<RuleBook::ChangedRule>> changed = SqlQuery::readAll<RuleBook::ChangedRule>(
            db, QStringLiteral("SELECT id, rule_json FROM marketing_rule WHERE deleted = 0 ORDER BY id"),
            {}, [](const SqlQuery &row) {
                return RuleBook::ChangedRule{row.text(0), row.value(1).toByteArray()};
            });
    if (!changed)
        return changed.error();
    return RuleBook::build(installed, *changed);
}

std::optional<CustomerProfile> DeskEventRecord::customer(const CustomerId &id) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM customer WHERE id = ?")
                           .arg(CustomerProfile::columns().join(QStringLiteral(", "))));
    query.bind(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QJsonObject columns;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        columns.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
    return CustomerProfile::fromJson(columns);
}

Result<int> DeskEventRecord::recordEvaluation(const MarketingEvent &event, const BranchId &branch,
                                              const QList<RuleOutcome> &outcomes,
                                              const QDateTime &now)
{
    const QSqlDatabase db = m_store.database();
    ChangeRecorder recorder(m_store);
    int made = 0;
    for (const RuleOutcome &outcome : outcomes) {
        if (!outcome.makesOpportunity())
            continue;
        const OpportunityDraft draft{branch, event.customerId, event.eventId, outcome, now,
                                     QStringLiteral("desk")};
        QJsonObject columns = draft.columns();
        columns.insert(QStringLiteral("updated_at"), SqlTime::now());
        QStringList names;
        QVariantMap fields;
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            names << it.key();
            fields.insert(it.key(), it.value().toVariant());
        }
        SqlQuery insert(db, QStringLiteral("INSERT INTO opportunity(%1) VALUES (%2) ON CONFLICT "
                                           "(id) DO NOTHING")
                                    .arg(names.join(QStringLiteral(", ")),
                                         QStringList(names.size(), QStringLiteral("?"))
                                                 .join(QStringLiteral(", "))));
        for (const QString &name : std::as_const(names))
            insert.bind(fields.value(name));
        if (Result<> ran = insert.exec(); !ran)
            return ran.error();
        if (insert.rowsAffected() == 0)
            continue; // written before (an evaluation cut short, or pulled from elsewhere)
        fields.remove(QStringLiteral("updated_at"));
        if (Result<> recorded = recorder.recordUpsert(QStringLiteral("opportunity"),
                                                      draft.id().toString(), fields, 0);
            !recorded)
            return recorded.error();
        ++made;
    }
    SqlQuery mark(db, QStringLiteral("UPDATE marketing_event SET evaluated = 1, fired = ?, "
                                     "updated_at = ? WHERE id = ? AND evaluated = 0"));
    mark.bind(made).bind(SqlTime::now()).bind(event.eventId);
    if (Result<> ran = mark.exec(); !ran)
        return ran.error();
    if (mark.rowsAffected() == 0)
        return made;
    // Sent with the time it was raised, as this desk keeps it (not the time of this run).
    SqlQuery raised(m_store.database(),
                    QStringLiteral("SELECT created_at FROM marketing_event WHERE id = ?"));
    raised.bind(event.eventId);
    if (Result<> read = raised.exec(); !read)
        return read.error();
    const QString createdAt = raised.next() ? raised.text(0) : stamp(now);
    raised.finish();
    // The server and the other desks count it in windows; it names its customer, so it
    // travels with them and goes with an erasure.
    const QVariantMap fields{{QStringLiteral("customer_id"), event.customerId.toString()},
                             {QStringLiteral("kind"), EventKinds::code(event.kind)},
                             {QStringLiteral("window_key"), event.windowKey()},
                             {QStringLiteral("occurred_at"), stamp(event.occurredAt)},
                             {QStringLiteral("created_at"), createdAt},
                             {QStringLiteral("payload_json"), compact(event.toJson())},
                             {QStringLiteral("evaluated"), 1},
                             {QStringLiteral("fired"), made}};
    if (Result<> recorded = recorder.recordUpsert(QStringLiteral("marketing_event"), event.eventId,
                                                  fields, 0);
        !recorded)
        return recorded.error();
    return made;
}

QList<QDateTime> DeskEventRecord::History::eventTimes(const CustomerId &customer,
                                                      const QString &windowKey,
                                                      const QDateTime &from, const QDateTime &to)
{
    QList<QDateTime> times;
    SqlQuery::selectEach(m_store.database(),
                         QStringLiteral("SELECT occurred_at FROM marketing_event WHERE customer_id = ? "
                                        "AND window_key = ? AND occurred_at >= ? AND occurred_at <= ? "
                                        "AND deleted = 0"),
                         {customer.toString(), windowKey, stamp(from), stamp(to)},
                         [&times](const SqlQuery &row) {
                             times << QDateTime::fromString(row.text(0), Qt::ISODateWithMs);
                         });
    return times;
}

bool DeskEventRecord::History::storedFiringWithin(const CustomerId &customer,
                                                  const QString &ruleId, const QDateTime &from,
                                                  const QDateTime &to)
{
    bool fired = false;
    SqlQuery::selectEach(m_store.database(),
                         QStringLiteral("SELECT 1 FROM opportunity WHERE customer_id = ? AND "
                                        "rule_id = ? AND occurred_at > ? AND occurred_at < ? "
                                        "AND deleted = 0 LIMIT 1"),
                         {customer.toString(), ruleId, stamp(from), stamp(to)},
                         [&fired](const SqlQuery &) { fired = true; });
    return fired;
}

int DeskEventRecord::History::storedMarketingContactsSince(const CustomerId &customer,
                                                           const QDateTime &since)
{
    int stored = 0;
    SqlQuery::selectEach(
            m_store.database(),
            QStringLiteral("SELECT (SELECT count(*) FROM interaction WHERE customer_id = ? AND "
                           "contact_kind = 'marketing' AND occurred_at >= ? AND deleted = 0 AND voided_at IS NULL) + "
                           "(SELECT count(*) FROM opportunity WHERE customer_id = ? AND "
                           "purpose = 'marketing' AND status = ? AND created_at >= ? AND "
                           "deleted = 0)"),
            {customer.toString(), SqlTime::timestamp(since), customer.toString(),
             WorkStates::code(OpportunityStatus::Open), stamp(since)},
            [&stored](const SqlQuery &row) { stored = row.integer(0); });
    return stored;
}

} // namespace bd
