#include "app/domain/SegmentDefinition.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace bd {

Result<SegmentDefinition> SegmentDefinition::fromJson(const QByteArray &json)
{
    return parse(json, Words::Document);
}

Result<SegmentDefinition> SegmentDefinition::parse(const QByteArray &json, Words words)
{
    auto failed = [](const QString &message) { return Error(message); };
    if (json.size() > kMaxJsonBytes)
        return failed(tr("The segment definition is too large (%1 bytes; at most %2).")
                              .arg(json.size())
                              .arg(kMaxJsonBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(tr("The segment definition is not valid JSON (at byte %1: %2).")
                              .arg(parseError.offset)
                              .arg(parseError.errorString()));
    if (!document.isObject())
        return failed(tr("The segment definition must be a JSON object with \"match\" and \"conditions\"."));
    const QJsonObject object = document.object();
    if (object.contains(QLatin1String("version"))
        && object.value(QLatin1String("version")) != QJsonValue(kFormatVersion))
        return failed(tr("This segment definition has format version %1; this program reads version %2.")
                              .arg(object.value(QLatin1String("version")).toVariant().toString())
                              .arg(kFormatVersion));
    ConditionTree parser(&SegmentFields::find, {kMaxDepth, kMaxConditions},
                         ConditionTree::Mode::FirstProblem);
    SegmentDefinition definition;
    if (!parser.parseGroup(object, {}, {QStringLiteral("version")}, definition.root))
        return failed(words == Words::Form ? parser.problems().value(0).inFormWords()
                                           : parser.problems().value(0).toString());
    return definition;
}

Result<> SegmentDefinition::validate(const SegmentDefinition &definition)
{
    if (!definition.root.isGroup())
        return Error(tr("The top of a segment definition must be a group."));
    if (const Result<SegmentDefinition> parsed = parse(definition.toJson(), Words::Form); !parsed)
        return parsed.error();
    return {};
}

QByteArray SegmentDefinition::toJson() const
{
    QJsonObject object = ConditionTree::toJson(root, &SegmentFields::find);
    object.insert(QLatin1String("version"), kFormatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int SegmentDefinition::conditionCount() const
{
    return ConditionTree::countConditions(root);
}

} // namespace bd
