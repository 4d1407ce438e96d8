#include "app/rules/MarketingRule.h"

#include "app/domain/SegmentFields.h"
#include "app/rules/OpportunityTerms.h"
#include "app/rules/RuleFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

QJsonObject OpportunitySpec::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), kind},
                       {QStringLiteral("priority"), OpportunityTerms::priorityCode(priority)},
                       {QStringLiteral("contact_within_hours"), contactWithinHours}};
    if (!productFamily.isEmpty())
        object.insert(QStringLiteral("product_family"), productFamily);
    if (!talkingPoints.english.isEmpty() || !talkingPoints.chinese.isEmpty())
        object.insert(QStringLiteral("talking_points"), talkingPoints.toJson());
    return object;
}

QJsonObject MarketingRule::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("title"), title.toJson()},
                       {QStringLiteral("purpose"), ContactPurposes::code(purpose)},
                       {QStringLiteral("event"), EventKinds::code(event)},
                       {QStringLiteral("opportunity"), opportunity.toJson()},
                       {QStringLiteral("recipient"), recipient},
                       {QStringLiteral("dedup_days"), dedupDays},
                       {QStringLiteral("fresh_hours"), freshHours}};
    if (when)
        object.insert(QStringLiteral("when"), ConditionTree::toJson(*when, &RuleFields::find));
    if (customers)
        object.insert(QStringLiteral("customers"),
                      ConditionTree::toJson(*customers, &SegmentFields::find));
    return object;
}

const MarketingRule *RuleSet::find(const QString &id) const
{
    for (const MarketingRule &rule : rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QJsonObject RuleSet::toJson() const
{
    QJsonArray list;
    for (const MarketingRule &rule : rules)
        list << rule.toJson();
    QJsonObject object{{QStringLiteral("format"), kFormat},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("contact"), contact.toJson()},
                       {QStringLiteral("rules"), list}};
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    return object;
}

QByteArray RuleSet::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace bd
