#include "app/rules/Opportunity.h"

#include "app/domain/ServerMadeRow.h"
#include "app/domain/WorkStates.h"
#include "app/rules/OpportunityTerms.h"

#include <QJsonDocument>

namespace bd {

namespace {
QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString compact(const QJsonValue &value)
{
    return QString::fromUtf8(value.isObject()
                                     ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
}
} // namespace

QString OpportunityDraft::derivedUuid(const QString &seed, const QDateTime &at)
{
    return ServerMadeRow::derivedUuid(seed, at);
}

OpportunityId OpportunityDraft::id() const
{
    const QDateTime occurred = QDateTime::fromString(
            outcome.facts.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
    return OpportunityId(ServerMadeRow::opportunityId(eventId, outcome.rule.id,
                                                      occurred.isValid() ? occurred : createdAt));
}

QJsonObject OpportunityDraft::columns() const
{
    const MarketingRule &rule = outcome.rule;
    const bool held = outcome.verdict == RuleOutcome::Verdict::HeldBack;
    const QDateTime deadline = createdAt.addSecs(qint64(rule.opportunity.contactWithinHours) * 3600);
    return {{QStringLiteral("id"), id().toString()},
            {QStringLiteral("branch_id"), branchId.toString()},
            {QStringLiteral("customer_id"), customerId.toString()},
            {QStringLiteral("rule_id"), rule.id},
            {QStringLiteral("rule_version"), rule.version},
            {QStringLiteral("event_id"), eventId},
            {QStringLiteral("event_kind"), EventKinds::code(rule.event)},
            {QStringLiteral("purpose"), ContactPurposes::code(rule.purpose)},
            {QStringLiteral("kind"), rule.opportunity.kind},
            {QStringLiteral("product_family"), textOrNull(rule.opportunity.productFamily)},
            {QStringLiteral("priority"), rule.opportunity.priority},
            {QStringLiteral("title_json"), compact(rule.title.toJson())},
            {QStringLiteral("talking_points_json"), compact(rule.opportunity.talkingPoints.toJson())},
            {QStringLiteral("reason_json"), compact(outcome.facts)},
            {QStringLiteral("assigned_to"), textOrNull(outcome.assignee.toString())},
            {QStringLiteral("assigned_role"), outcome.assignedRole},
            {QStringLiteral("status"),
             WorkStates::code(held ? OpportunityStatus::Held : OpportunityStatus::Open)},
            {QStringLiteral("held_reason"), outcome.heldReasons.join(QLatin1Char(','))},
            {QStringLiteral("occurred_at"), outcome.facts.value(QStringLiteral("occurred_at"))},
            {QStringLiteral("created_at"), timeOrNull(createdAt)},
            {QStringLiteral("deadline_at"), held ? QJsonValue() : timeOrNull(deadline)},
            {QStringLiteral("contact_after"), timeOrNull(outcome.contactAfter)},
            {QStringLiteral("origin"), origin}};
}

} // namespace bd
