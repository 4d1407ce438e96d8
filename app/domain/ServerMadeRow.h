#pragma once

#include <QDateTime>
#include <QString>

// Rows the server makes itself and files into a branch's change log (an opportunity a rule
// fired on an event, issue 17): no workstation's outbox holds their insert. Their ids follow
// from what made them, so that a workstation's copy can be sent back under the very change
// id the server used after a restore took the server's own entry away (docs/RELIABILITY.md,
// F31): a server that still has the entry answers it as a duplicate.
namespace bd::ServerMadeRow {

// The node the server's own changes name as their origin and in their stamps (an event's
// opportunity, the erasure of a row raised for an erased customer).
inline QString node()
{
    return QStringLiteral("server");
}

// A UUIDv7 made from `seed`: the time bits from `at`, the rest from a hash of the seed.
QString derivedUuid(const QString &seed, const QDateTime &at);

// The id of the opportunity the rule `ruleId` made for the event `eventId`.
QString opportunityId(const QString &eventId, const QString &ruleId, const QDateTime &occurredAt);

// The change id under which the server files the insert of the row `rowId` made for an
// event that occurred `occurredAt`.
QString madeChangeId(const QString &rowId, const QDateTime &occurredAt);

} // namespace bd::ServerMadeRow
