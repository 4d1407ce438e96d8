#pragma once

#include "app/rules/MarketingEvent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// What is wrong with one event of a batch or a file: where it is, which field, and why.
struct EventProblem
{
    int at = 0;       // its place: index in a batch (from 0), line in a file (from 1)
    QString eventId;  // when it could be read
    QString field;    // the key at fault; empty for the event as a whole
    QString reason;   // translated

    QJsonObject toJson() const;
};

// Reads events sent by core banking and the channels (the wire form of docs/EVENTS.md) and
// refuses what is malformed, saying for every field what is wrong. Free of any database, so
// the fuzz target runs it on arbitrary bytes. Strict: an unknown key is a mistake, not
// something to ignore.
class EventParser
{
    Q_DECLARE_TR_FUNCTIONS(EventParser)

public:
    // A feed names customers by CIF number; a workstation's own events by customer row.
    enum class Origin { Feed, Desk };

    static constexpr int kMaxIdLength = 64;
    static constexpr int kMaxCifLength = 32;
    static constexpr int kMaxTextLength = 100;
    static constexpr qint64 kMaxFen = 1'000'000'000'000'000;
    // How far ahead of the receiver's clock an event may be dated (clocks drift).
    static constexpr qint64 kFutureSlackSecs = 300;

    // The event, or nothing with every problem of it appended to *problems.
    static std::optional<MarketingEvent> fromJson(const QJsonObject &object, Origin origin,
                                                  const QDateTime &now, int at,
                                                  QList<EventProblem> *problems);
};

// A batch of events read whole: either every event is well formed, or the problems of all
// that are not (and nothing is to be stored).
struct EventBatch
{
    static constexpr int kMaxEvents = 5000;

    QList<MarketingEvent> events;
    QList<EventProblem> problems;
    QString error; // the body as a whole is unusable (not JSON, no "events", too many)

    bool ok() const { return error.isEmpty() && problems.isEmpty(); }

    // POST /v1/events: {"events": [ {...}, ... ]}.
    static EventBatch fromBody(const QByteArray &body, const QDateTime &now);
    // An export file: one JSON object per line (JSONL); blank lines are skipped, problems
    // are numbered by line. No limit on the count: imports are split into batches.
    static EventBatch fromJsonLines(const QByteArray &bytes, const QDateTime &now);
    // The same as CSV (EventCsv.cpp): a header line of keys, one event per record.
    static EventBatch fromCsv(const QByteArray &bytes, const QDateTime &now);
};

} // namespace bd
