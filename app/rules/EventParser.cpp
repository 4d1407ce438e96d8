#include "app/rules/EventParser.h"

#include "app/domain/Uuid7.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace bd {

QJsonObject EventProblem::toJson() const
{
    QJsonObject object{{QStringLiteral("at"), at}, {QStringLiteral("reason"), reason}};
    if (!eventId.isEmpty())
        object.insert(QStringLiteral("event_id"), eventId);
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

namespace {

// Reads one event, noting every problem rather than stopping at the first.
class EventReader
{
    Q_DECLARE_TR_FUNCTIONS(EventParser)

public:
    EventReader(const QJsonObject &object, int at, QList<EventProblem> *problems)
        : m_object(object)
        , m_at(at)
        , m_problems(problems)
    {
    }

    void problem(const QString &field, const QString &reason)
    {
        m_failed = true;
        m_problems->append({m_at, m_event.eventId, field, reason});
    }
    bool failed() const { return m_failed; }
    MarketingEvent &event() { return m_event; }

    static bool printableAscii(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x21 || c.unicode() > 0x7e)
                return false;
        }
        return true;
    }

    // A key's text; empty (with a problem) when it is there but not text.
    QString string(const QString &key, bool required)
    {
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull()) {
            if (required)
                problem(key, tr("is missing."));
            return {};
        }
        if (!value.isString()) {
            problem(key, tr("must be text."));
            return {};
        }
        return value.toString();
    }

    QString identifier(const QString &key, int maxLength, bool required)
    {
        const QString text = string(key, required);
        if (text.isEmpty()) {
            if (required && m_object.value(key).isString())
                problem(key, tr("must not be empty."));
            return {};
        }
        if (text.size() > maxLength || !printableAscii(text)) {
            problem(key, tr("must be at most %1 printable ASCII characters without spaces.")
                                 .arg(maxLength));
            return {};
        }
        return text;
    }

    void readField(EventField field)
    {
        const QString key = EventKinds::fieldCode(field);
        const QJsonValue value = m_object.value(key);
        if (value.isUndefined() || value.isNull())
            return;
        MarketingEvent &e = m_event;
        switch (field) {
        case EventField::AmountFen: {
            const double number = value.toDouble();
            if (!value.isDouble() || !std::isfinite(number) || number != std::trunc(number)) {
                problem(key, tr("must be a whole number of fen."));
                return;
            }
            if (number <= 0 || number > double(EventParser::kMaxFen)) {
                problem(key, tr("must be between 1 and %1 fen.").arg(EventParser::kMaxFen));
                return;
            }
            e.amount = Money::fromFen(qint64(number));
            return;
        }
        case EventField::MaturityDate: {
            const QDate date = QDate::fromString(string(key, false), Qt::ISODate);
            if (!date.isValid())
                problem(key, tr("must be a date like 2026-12-31."));
            e.maturityDate = date;
            return;
        }
        case EventField::First:
            if (!value.isBool())
                problem(key, tr("must be true or false."));
            else
                e.first = value.toBool();
            return;
        case EventField::CounterpartyBank:
        case EventField::Topic: {
            const QString text = string(key, false);
            if (text.size() > EventParser::kMaxTextLength) {
                problem(key, tr("is longer than %1 characters.").arg(EventParser::kMaxTextLength));
                return;
            }
            for (const QChar c : text) {
                if (c.category() == QChar::Other_Control) {
                    problem(key, tr("contains a control character."));
                    return;
                }
            }
            (field == EventField::Topic ? e.topic : e.counterpartyBank) = text;
            return;
        }
        default:
            break;
        }
        // The rest are codes of a closed list.
        const QString code = string(key, false);
        const QStringList allowed = EventKinds::fieldCodes(field);
        if (!value.isString())
            return;
        if (!allowed.contains(code)) {
            problem(key, tr("\"%1\" is not one of: %2.")
                                 .arg(code.left(40), allowed.join(QStringLiteral(", "))));
            return;
        }
        switch (field) {
        case EventField::Direction: e.direction = code; break;
        case EventField::Channel: e.channel = code; break;
        case EventField::TxnKind: e.txnKind = code; break;
        case EventField::ProductFamily: e.productFamily = code; break;
        case EventField::Category: e.category = code; break;
        case EventField::ProfileField: e.profileField = code; break;
        case EventField::BusinessType: e.businessType = code; break;
        case EventField::ValueClass: e.valueClass = code; break;
        case EventField::Outcome: e.outcome = code; break;
        case EventField::ContactKind: e.contactKind = code; break;
        default: break;
        }
    }

private:
    const QJsonObject &m_object;
    int m_at;
    QList<EventProblem> *m_problems;
    MarketingEvent m_event;
    bool m_failed = false;
};

// ISO 8601 with a date, a time and a zone (Z or +hh:mm): an event without its zone could
// be eight hours off.
QDateTime zonedTime(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!shape.match(text).hasMatch())
        return {};
    const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

std::optional<MarketingEvent> EventParser::fromJson(const QJsonObject &object, Origin origin,
                                                    const QDateTime &now, int at,
                                                    QList<EventProblem> *problems)
{
    EventReader reader(object, at, problems);
    MarketingEvent &event = reader.event();
    event.eventId = reader.identifier(QStringLiteral("event_id"), kMaxIdLength, true);
    const QString kindCode = reader.string(QStringLiteral("kind"), true);
    const std::optional<EventKind> kind = EventKinds::fromCode(kindCode);
    if (!kind && !kindCode.isEmpty())
        reader.problem(QStringLiteral("kind"), tr("\"%1\" is not one of: %2.")
                                                       .arg(kindCode.left(40),
                                                            EventKinds::codes().join(QStringLiteral(", "))));
    else if (!kind && object.value(QStringLiteral("kind")).isString()) // "" (a missing one is said)
        reader.problem(QStringLiteral("kind"), tr("must not be empty."));
    if (origin == Origin::Feed) {
        event.cifNo = reader.identifier(QStringLiteral("cif_no"), kMaxCifLength, true);
        event.source = MarketingEvent::Source::Feed;
    } else {
        const QString id = reader.string(QStringLiteral("customer_id"), true);
        if (!id.isEmpty() && !Uuid7Generator::isValid(id))
            reader.problem(QStringLiteral("customer_id"), tr("must be a customer's row id."));
        event.customerId = CustomerId(id);
        event.source = MarketingEvent::Source::Desk;
    }
    const QString occurred = reader.string(QStringLiteral("occurred_at"), true);
    if (!occurred.isEmpty()) {
        event.occurredAt = zonedTime(occurred);
        if (!event.occurredAt.isValid())
            reader.problem(QStringLiteral("occurred_at"),
                           tr("must be an ISO 8601 time with its zone, like "
                              "2026-12-01T09:30:00+08:00."));
        else if (now.isValid() && event.occurredAt > now.addSecs(kFutureSlackSecs))
            reader.problem(QStringLiteral("occurred_at"), tr("lies in the future."));
    }
    if (kind) {
        event.kind = *kind;
        if (origin == Origin::Feed && EventKinds::isDeskKind(*kind))
            reader.problem(QStringLiteral("kind"),
                           tr("\"%1\" events are raised by workstations, not sent.").arg(kindCode));
        for (EventField field : EventKinds::allFields()) {
            const QString key = EventKinds::fieldCode(field);
            if (!object.contains(key))
                continue;
            if (!EventKinds::carries(*kind, field))
                reader.problem(key, tr("a \"%1\" event has no such field.").arg(kindCode));
            else
                reader.readField(field);
        }
        for (EventField field : EventKinds::requiredFields(*kind)) {
            const QString key = EventKinds::fieldCode(field);
            if (object.value(key).isUndefined() || object.value(key).isNull())
                reader.problem(key, tr("is missing (a \"%1\" event needs it).").arg(kindCode));
        }
    }
    static const QStringList common = {QStringLiteral("event_id"), QStringLiteral("kind"),
                                       QStringLiteral("occurred_at")};
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString &key = it.key();
        const bool identity = origin == Origin::Feed ? key == QLatin1String("cif_no")
                                                     : key == QLatin1String("customer_id");
        if (!common.contains(key) && !identity && !EventKinds::fieldFromCode(key))
            reader.problem(key.left(40), tr("unknown field."));
    }
    if (reader.failed())
        return std::nullopt;
    return event;
}

EventBatch EventBatch::fromBody(const QByteArray &body, const QDateTime &now)
{
    EventBatch batch;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        batch.error = EventParser::tr("The body is not JSON (at byte %1: %2).")
                              .arg(parseError.offset)
                              .arg(parseError.errorString());
        return batch;
    }
    const QJsonValue events = document.object().value(QStringLiteral("events"));
    if (!document.isObject() || !events.isArray()) {
        batch.error = EventParser::tr("The body must be an object with a list \"events\".");
        return batch;
    }
    const QJsonArray items = events.toArray();
    if (items.size() > kMaxEvents) {
        batch.error = EventParser::tr("A batch holds at most %1 events; this one has %2.")
                              .arg(kMaxEvents)
                              .arg(items.size());
        return batch;
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            batch.problems.append({int(i), {}, {}, EventParser::tr("is not a JSON object.")});
            continue;
        }
        const auto event = EventParser::fromJson(items.at(i).toObject(), EventParser::Origin::Feed,
                                                 now, int(i), &batch.problems);
        if (event)
            batch.events << *event;
    }
    return batch;
}

EventBatch EventBatch::fromJsonLines(const QByteArray &bytes, const QDateTime &now)
{
    EventBatch batch;
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int number = int(i) + 1;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            batch.problems.append({number, {}, {},
                                   EventParser::tr("is not one JSON object (%1).")
                                           .arg(parseError.error != QJsonParseError::NoError
                                                        ? parseError.errorString()
                                                        : EventParser::tr("another JSON value"))});
            continue;
        }
        const auto event = EventParser::fromJson(document.object(), EventParser::Origin::Feed,
                                                 now, number, &batch.problems);
        if (event) {
            batch.events << *event;
            batch.events.last().source = MarketingEvent::Source::Import;
        }
    }
    return batch;
}

} // namespace bd
