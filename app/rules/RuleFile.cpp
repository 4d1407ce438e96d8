#include "app/rules/RuleFile.h"

#include "app/domain/DomainTerms.h"
#include "app/rules/CustomerScope.h"
#include "app/rules/OpportunityTerms.h"
#include "app/rules/RuleFields.h"
#include "app/rules/RuleReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace bd {

namespace {

// Reads the rules themselves, over the pieces of RuleReader.
class RuleSectionReader : public RuleReader
{
public:
    // A tree of conditions, then what the tree may use for this rule.
    std::optional<SegmentNode> tree(const QJsonObject &rule, const QString &key,
                                    const QString &path, const ConditionTree::FieldLookup &lookup)
    {
        const QJsonValue value = rule.value(key);
        if (value.isUndefined())
            return std::nullopt;
        const QString at = RuleReader::join(path, key);
        if (!value.isObject()) {
            problem(at, tr("must be a group of conditions (\"match\" and \"conditions\")."));
            return std::nullopt;
        }
        ConditionTree parser(lookup, {}, ConditionTree::Mode::EveryProblem);
        SegmentNode node;
        parser.parseGroup(value.toObject(), at, {}, node);
        problems += parser.problems();
        return node;
    }

    // Every condition of `node` as it was written, with its place.
    void eachCondition(const SegmentNode &node, const QString &path,
                       const std::function<void(const SegmentNode &, const QString &)> &visit)
    {
        for (size_t i = 0; i < node.children.size(); ++i) {
            const QString at = QStringLiteral("%1.conditions[%2]").arg(path).arg(i);
            if (node.children[i].isGroup())
                eachCondition(node.children[i], at, visit);
            else
                visit(node.children[i], at);
        }
    }

    std::optional<OpportunitySpec> opportunity(const QJsonValue &value, const QString &at)
    {
        if (!value.isObject()) {
            problem(at, tr("must be an object (kind, priority, contact_within_hours, ...)."));
            return std::nullopt;
        }
        const QJsonObject object = value.toObject();
        onlyKeys(object, at,
                 {QStringLiteral("kind"), QStringLiteral("product_family"),
                  QStringLiteral("priority"), QStringLiteral("contact_within_hours"),
                  QStringLiteral("talking_points")});
        OpportunitySpec spec;
        spec.kind = code(object, QStringLiteral("kind"), at, OpportunityTerms::kinds());
        if (object.contains(QStringLiteral("product_family")))
            spec.productFamily = code(object, QStringLiteral("product_family"), at,
                                      DomainTerms::codes(Vocabulary::ProductFamily));
        spec.priority = OpportunityTerms::priorityRank(
                code(object, QStringLiteral("priority"), at, OpportunityTerms::priorities(),
                     QStringLiteral("normal")));
        spec.contactWithinHours = int(integer(object, QStringLiteral("contact_within_hours"), at, 1,
                                              RuleFile::kMaxContactHours)
                                              .value_or(24));
        spec.talkingPoints
                = talkingPoints(object.value(QStringLiteral("talking_points")),
                                RuleReader::join(at, QStringLiteral("talking_points")));
        return spec;
    }

    std::optional<MarketingRule> rule(const QJsonObject &object, const QString &at)
    {
        const int before = int(problems.size());
        onlyKeys(object, at,
                 {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("enabled"),
                  QStringLiteral("title"), QStringLiteral("purpose"), QStringLiteral("event"),
                  QStringLiteral("when"), QStringLiteral("customers"),
                  QStringLiteral("opportunity"), QStringLiteral("recipient"),
                  QStringLiteral("dedup_days"), QStringLiteral("fresh_hours")});
        MarketingRule rule;
        static const QRegularExpression idShape(QStringLiteral("^[a-z][a-z0-9_]{0,39}$"));
        const QJsonValue id = object.value(QStringLiteral("id"));
        if (!id.isString() || !idShape.match(id.toString()).hasMatch())
            problem(RuleReader::join(at, QStringLiteral("id")),
                    tr("must be 1-40 lower-case letters, digits or _, starting with a letter."));
        rule.id = id.toString();
        rule.version = int(integer(object, QStringLiteral("version"), at, 1, 1000000).value_or(1));
        rule.enabled = boolean(object, QStringLiteral("enabled"), at, true).value_or(true);
        rule.title = localText(object, QStringLiteral("title"), at);
        const QString purpose = code(object, QStringLiteral("purpose"), at,
                                     {QStringLiteral("marketing"), QStringLiteral("care"),
                                      QStringLiteral("service")});
        rule.purpose = ContactPurposes::fromCode(purpose).value_or(ContactPurpose::Marketing);
        const QString event = code(object, QStringLiteral("event"), at, EventKinds::codes());
        const std::optional<EventKind> kind = EventKinds::fromCode(event);
        rule.event = kind.value_or(EventKind::Transaction);
        rule.when = tree(object, QStringLiteral("when"), at, &RuleFields::find);
        if (rule.when && kind) {
            eachCondition(*rule.when, RuleReader::join(at, QStringLiteral("when")),
                          [&](const SegmentNode &condition, const QString &where) {
                              if (!RuleFields::appliesTo(condition.field, *kind))
                                  problem(where, tr("\"%1\" events have no \"%2\".")
                                                         .arg(event, condition.field));
                          });
        }
        rule.customers = tree(object, QStringLiteral("customers"), at, &SegmentFields::find);
        if (rule.customers) {
            eachCondition(*rule.customers, RuleReader::join(at, QStringLiteral("customers")),
                          [&](const SegmentNode &condition, const QString &where) {
                              if (!CustomerScope::supportedFields().contains(condition.field))
                                  problem(where,
                                          tr("\"%1\" is not on the customer's profile; conditions "
                                             "on what happened belong in \"when\".")
                                                  .arg(condition.field));
                          });
        }
        if (const auto spec = opportunity(object.value(QStringLiteral("opportunity")),
                                          RuleReader::join(at, QStringLiteral("opportunity"))))
            rule.opportunity = *spec;
        rule.recipient = code(object, QStringLiteral("recipient"), at,
                              OpportunityTerms::recipients(), QStringLiteral("manager_else_pool"));
        rule.dedupDays = int(integer(object, QStringLiteral("dedup_days"), at, 0,
                                     RuleFile::kMaxDedupDays, 7)
                                     .value_or(7));
        rule.freshHours = int(integer(object, QStringLiteral("fresh_hours"), at, 1,
                                      RuleFile::kMaxFreshHours, 72)
                                      .value_or(72));
        if (problems.size() > before)
            return std::nullopt;
        return rule;
    }
};

std::optional<QJsonObject> documentOf(const QByteArray &json, QList<ConditionProblem> &problems)
{
    if (json.size() > RuleFile::kMaxBytes) {
        problems.append({{}, RuleFile::tr("The rule file is too large (%1 bytes; at most %2).")
                                     .arg(json.size())
                                     .arg(RuleFile::kMaxBytes)});
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append({{}, RuleFile::tr("The rule file is not valid JSON (at byte %1: %2).")
                                     .arg(parseError.offset)
                                     .arg(parseError.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems.append({{}, RuleFile::tr("The rule file must be a JSON object.")});
        return std::nullopt;
    }
    return document.object();
}

} // namespace

RuleFile::Parsed RuleFile::parse(const QByteArray &json)
{
    Parsed parsed;
    const std::optional<QJsonObject> document = documentOf(json, parsed.problems);
    if (!document)
        return parsed;
    const QJsonObject &object = *document;
    RuleSectionReader reader;
    reader.onlyKeys(object, {},
                    {QStringLiteral("format"), QStringLiteral("version"),
                     QStringLiteral("description"), QStringLiteral("contact"),
                     QStringLiteral("rules")});
    RuleSet set;
    if (object.value(QStringLiteral("format")) != QJsonValue(RuleSet::kFormat))
        reader.problem(QStringLiteral("format"),
                       tr("this program reads rule files of format %1.").arg(RuleSet::kFormat));
    set.version = int(reader.integer(object, QStringLiteral("version"), {}, 1, 1000000).value_or(1));
    if (object.contains(QStringLiteral("description"))
        && reader.text(object.value(QStringLiteral("description")), QStringLiteral("description"),
                       false))
        set.description = object.value(QStringLiteral("description")).toString();
    set.contact = reader.contact(object.value(QStringLiteral("contact")), QStringLiteral("contact"));
    const QJsonValue rules = object.value(QStringLiteral("rules"));
    if (!rules.isArray() || rules.toArray().isEmpty()) {
        reader.problem(QStringLiteral("rules"), tr("must be a non-empty list of rules."));
    } else if (rules.toArray().size() > kMaxRules) {
        reader.problem(QStringLiteral("rules"), tr("a file holds at most %1 rules.").arg(kMaxRules));
    } else {
        const QJsonArray items = rules.toArray();
        QSet<QString> ids;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("rules[%1]").arg(i);
            if (!items.at(i).isObject()) {
                reader.problem(at, tr("must be a rule (a JSON object)."));
                continue;
            }
            const std::optional<MarketingRule> rule = reader.rule(items.at(i).toObject(), at);
            const QString id = items.at(i).toObject().value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && ids.contains(id))
                reader.problem(at + QStringLiteral(".id"),
                               tr("\"%1\" is the id of an earlier rule too.").arg(id));
            ids.insert(id);
            if (rule)
                set.rules << *rule;
        }
    }
    parsed.problems = reader.problems;
    if (parsed.problems.isEmpty())
        parsed.rules = set;
    return parsed;
}

RuleFile::ParsedRule RuleFile::parseRule(const QByteArray &json)
{
    ParsedRule parsed;
    const std::optional<QJsonObject> document = documentOf(json, parsed.problems);
    if (!document)
        return parsed;
    RuleSectionReader reader;
    parsed.rule = reader.rule(*document, {});
    parsed.problems = reader.problems;
    if (!parsed.problems.isEmpty())
        parsed.rule.reset();
    return parsed;
}

QString RuleFile::describe(const QList<ConditionProblem> &problems)
{
    QStringList lines;
    for (const ConditionProblem &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace bd
