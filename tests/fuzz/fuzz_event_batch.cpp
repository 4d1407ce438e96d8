// Fuzz target: the body of POST /v1/events and the lines of an `events import` file
// (docs/EVENTS.md). The parsers must read any bytes without a crash; a batch is either
// usable whole or refused with a reason for every problem; every accepted event has an id,
// a kind and a time, and its wire form reads back as the same event.
#include "FuzzSupport.h"

#include "app/rules/EventParser.h"

#include <QJsonDocument>

using namespace bd;

namespace {
void check(const EventBatch &batch, const QDateTime &now)
{
    for (const EventProblem &problem : batch.problems) {
        if (problem.reason.isEmpty())
            qFatal("fuzz: an event problem without a reason");
    }
    if (!batch.error.isEmpty())
        return;
    for (const MarketingEvent &event : batch.events) {
        if (event.eventId.isEmpty() || !event.occurredAt.isValid() || event.cifNo.isEmpty())
            qFatal("fuzz: an accepted event without its id, time or customer");
        // Through bytes, as the wire and the store carry it (Qt's JSON reader drops marks).
        const QByteArray wire = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
        QList<EventProblem> problems;
        const auto again = EventParser::fromJson(QJsonDocument::fromJson(wire).object(),
                                                 EventParser::Origin::Feed, now, 0, &problems);
        if (!again || again->eventId != event.eventId || again->kind != event.kind
            || again->occurredAt != event.occurredAt || again->amount != event.amount)
            qFatal("fuzz: an accepted event's wire form does not read back as the same event");
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 12, 6), QTime(12, 0), Qt::UTC);
    check(EventBatch::fromBody(bytes, now), now);
    check(EventBatch::fromJsonLines(bytes, now), now);
    check(EventBatch::fromCsv(bytes, now), now);
    return 0;
}
