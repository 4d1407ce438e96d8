#pragma once

#include "app/domain/Ids.h"
#include "app/rules/RuleEngine.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace bd {

using OpportunityId = Id<struct OpportunityIdKind>;

// An opportunity as it is written: the row of the synced `opportunity` table that a fired
// rule makes (docs/EVENTS.md), from the server into the branch's change log, or from a
// workstation into its own table and outbox. Its ids follow from the event and the rule,
// so evaluating one event again (a retry after a crash) writes the same row again.
struct OpportunityDraft
{
    BranchId branchId;
    CustomerId customerId;
    QString eventId;
    RuleOutcome outcome;
    QDateTime createdAt; // delivery time: the deadline counts from here
    QString origin = QStringLiteral("server"); // server | desk

    OpportunityId id() const;
    // The columns of the new row (all but version, updated_at and deleted).
    QJsonObject columns() const;

    // A UUIDv7 made from `seed`: the time bits from `at`, the rest from a hash of the seed.
    static QString derivedUuid(const QString &seed, const QDateTime &at);
};

} // namespace bd
