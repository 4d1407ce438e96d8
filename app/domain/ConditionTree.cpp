#include "app/domain/ConditionTree.h"

#include "app/domain/Money.h"

#include <QJsonArray>

#include <cmath>

namespace bd {

SegmentNode SegmentNode::group(bool matchAll, std::vector<SegmentNode> children)
{
    SegmentNode node;
    node.kind = Kind::Group;
    node.matchAll = matchAll;
    node.children = std::move(children);
    return node;
}

SegmentNode SegmentNode::condition(const QString &field, SegmentOperator op, QVariantList values,
                                   int days, QStringList families)
{
    SegmentNode node;
    node.kind = Kind::Condition;
    node.field = field;
    node.op = op;
    node.values = std::move(values);
    node.days = days;
    node.families = std::move(families);
    return node;
}

QString ConditionProblem::toString() const
{
    return path.isEmpty() ? message : QStringLiteral("%1: %2").arg(path, message);
}

QString ConditionProblem::inFormWords() const
{
    const QString what = formMessage.isEmpty() ? message : formMessage;
    if (condition == 0)
        return what;
    if (fieldLabel.isEmpty())
        return ConditionTree::tr("Condition %1: %2").arg(condition).arg(what);
    return ConditionTree::tr("Condition %1 (%2): %3").arg(condition).arg(fieldLabel, what);
}

namespace {
QString shortened(const QString &text)
{
    return text.size() > 40 ? text.left(40) + QStringLiteral("...") : text;
}

QJsonValue numberOrText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    if (value.typeId() == QMetaType::QString)
        return value.toString();
    return QJsonValue(double(value.toLongLong()));
}
} // namespace

ConditionTree::ConditionTree(FieldLookup lookup, Limits limits, Mode mode)
    : m_lookup(std::move(lookup))
    , m_limits(limits)
    , m_mode(mode)
{
}

bool ConditionTree::fail(const QString &path, const QString &message, const QString &formMessage)
{
    if (!stopped())
        m_problems.append({path, message, m_condition,
                           m_field ? SegmentFields::label(*m_field) : QString(), formMessage});
    return false;
}

bool ConditionTree::parseGroup(const QJsonObject &object, const QString &path,
                               const QStringList &extraKeys, SegmentNode &out)
{
    return group(object, path, 0, extraKeys, out);
}

bool ConditionTree::group(const QJsonObject &object, const QString &path, int depth,
                          const QStringList &extraKeys, SegmentNode &out)
{
    bool ok = true;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() != QLatin1String("match") && it.key() != QLatin1String("conditions")
            && !(depth == 0 && extraKeys.contains(it.key()))) {
            ok = fail(path, tr("unknown key \"%1\"; a group has \"match\" and \"conditions\".")
                                    .arg(shortened(it.key())));
            if (stopped())
                return false;
        }
    }
    const QJsonValue match = object.value(QLatin1String("match"));
    if (match != QJsonValue(QLatin1String("all")) && match != QJsonValue(QLatin1String("any"))) {
        ok = fail(path, tr("\"match\" must be \"all\" or \"any\"."));
        if (stopped())
            return false;
    }
    const QJsonValue conditions = object.value(QLatin1String("conditions"));
    if (!conditions.isArray())
        return fail(path, tr("\"conditions\" must be a list."));
    const QJsonArray items = conditions.toArray();
    if (items.isEmpty())
        return fail(path, tr("this group is empty; add at least one condition."));
    out = SegmentNode::group(match.toString() != QLatin1String("any"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1conditions[%2]")
                                         .arg(path.isEmpty() ? QString() : path + QLatin1Char('.'))
                                         .arg(i);
        SegmentNode child;
        bool childOk = true;
        if (!items.at(i).isObject()) {
            childOk = fail(itemPath,
                           tr("each entry must be a condition or a group (a JSON object)."));
        } else {
            const QJsonObject item = items.at(i).toObject();
            if (item.contains(QLatin1String("field"))) {
                childOk = condition(item, itemPath, child);
            } else if (item.contains(QLatin1String("match"))
                       || item.contains(QLatin1String("conditions"))) {
                if (depth + 1 > m_limits.maxDepth)
                    childOk = fail(itemPath, tr("groups are nested more than %1 deep.")
                                                     .arg(m_limits.maxDepth));
                else
                    childOk = group(item, itemPath, depth + 1, {}, child);
            } else {
                childOk = fail(itemPath,
                               tr("neither a condition (\"field\") nor a group (\"match\")."));
            }
        }
        if (!childOk) {
            ok = false;
            if (stopped())
                return false;
            continue;
        }
        out.children.push_back(std::move(child));
    }
    return ok;
}

bool ConditionTree::condition(const QJsonObject &object, const QString &path, SegmentNode &out)
{
    m_condition = m_conditions + 1;
    m_field = nullptr;
    const bool ok = readCondition(object, path, out);
    m_condition = 0;
    m_field = nullptr;
    return ok;
}

bool ConditionTree::readCondition(const QJsonObject &object, const QString &path, SegmentNode &out)
{
    if (++m_conditions > m_limits.maxConditions)
        return fail(path, tr("a segment has at most %1 conditions.").arg(m_limits.maxConditions));
    const QJsonValue fieldValue = object.value(QLatin1String("field"));
    const SegmentField *field = fieldValue.isString() ? m_lookup(fieldValue.toString()) : nullptr;
    if (!field)
        return fail(path, tr("unknown field \"%1\".")
                                  .arg(shortened(fieldValue.isString() ? fieldValue.toString()
                                                                        : QStringLiteral("?"))));
    m_field = field;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool known = key == QLatin1String("field") || key == QLatin1String("op")
                || key == QLatin1String("value")
                || (key == QLatin1String("days") && field->needsDays)
                || (key == QLatin1String("families") && field->takesFamilies);
        if (!known)
            return fail(path, tr("the field \"%1\" takes no \"%2\".")
                                      .arg(QLatin1String(field->code), shortened(key)));
    }
    SegmentOperator op;
    const QJsonValue opValue = object.value(QLatin1String("op"));
    if (!opValue.isString() || !SegmentFields::operatorFromCode(opValue.toString(), &op))
        return fail(path, tr("unknown operator \"%1\".")
                                  .arg(shortened(opValue.isString() ? opValue.toString()
                                                                     : QStringLiteral("?"))));
    if (!field->operators.contains(op))
        return fail(path, tr("the field \"%1\" cannot be compared with \"%2\".")
                                  .arg(QLatin1String(field->code), opValue.toString()));
    out = SegmentNode::condition(QLatin1String(field->code), op, {});
    if (!values(*field, op, object.value(QLatin1String("value")), path + QStringLiteral(".value"),
                out.values))
        return false;
    if (field->needsDays) {
        const auto days = integer(object.value(QLatin1String("days")), 1, SegmentFields::kMaxDays,
                                  path + QStringLiteral(".days"), SegmentValueKind::Days);
        if (!days)
            return false;
        out.days = int(*days);
    }
    if (object.contains(QLatin1String("families"))) {
        SegmentField families = *field;
        families.codes = SegmentFields::find(QStringLiteral("holding_family"))->codes;
        QVariantList list;
        if (!codeList(families, object.value(QLatin1String("families")),
                      path + QStringLiteral(".families"), true, list))
            return false;
        for (const QVariant &family : std::as_const(list))
            out.families << family.toString();
    }
    return true;
}

bool ConditionTree::values(const SegmentField &field, SegmentOperator op, const QJsonValue &value,
                           const QString &path, QVariantList &out)
{
    switch (field.kind) {
    case SegmentValueKind::Integer:
    case SegmentValueKind::Money:
        if (op == SegmentOperator::Between) {
            const QJsonArray pair = value.toArray();
            const bool money = field.kind == SegmentValueKind::Money;
            if (!value.isArray() || pair.size() != 2)
                return fail(path, tr("\"between\" takes a list of two numbers [low, high]."),
                            (money ? tr("\"%1\" needs two amounts.")
                                   : tr("\"%1\" needs two numbers."))
                                    .arg(SegmentFields::operatorLabel(op)));
            const auto low = integer(pair.at(0), field.minimum, field.maximum,
                                     path + QStringLiteral("[0]"), field.kind);
            if (!low)
                return false;
            const auto high = integer(pair.at(1), field.minimum, field.maximum,
                                      path + QStringLiteral("[1]"), field.kind);
            if (!high)
                return false;
            if (*low > *high)
                return fail(path, tr("the low end is above the high end."),
                            money ? tr("the first amount is above the second.")
                                  : tr("the first number is above the second."));
            out << *low << *high;
            return true;
        } else {
            const auto number = integer(value, field.minimum, field.maximum, path, field.kind);
            if (!number)
                return false;
            out << *number;
            return true;
        }
    case SegmentValueKind::Days: {
        const auto days = integer(value, field.minimum, field.maximum, path, field.kind);
        if (!days)
            return false;
        out << *days;
        return true;
    }
    case SegmentValueKind::Boolean:
        if (!value.isBool())
            return fail(path, tr("must be true or false."), tr("choose yes or no."));
        out << value.toBool();
        return true;
    case SegmentValueKind::Code:
        return codeList(field, value, path, true, out);
    case SegmentValueKind::Text:
        return codeList(field, value, path, false, out);
    }
    return fail(path, tr("unsupported value."));
}

bool ConditionTree::codeList(const SegmentField &field, const QJsonValue &value,
                             const QString &path, bool closedList, QVariantList &out)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(path, tr("must be a non-empty list."),
                    closedList ? tr("choose at least one.") : tr("enter at least one value."));
    const QJsonArray items = value.toArray();
    if (items.size() > SegmentFields::kMaxListItems)
        return fail(path, tr("a list has at most %1 entries.").arg(SegmentFields::kMaxListItems));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
        if (!items.at(i).isString())
            return fail(itemPath, tr("must be text."));
        const QString text = items.at(i).toString();
        if (closedList) {
            if (!field.codes.contains(text))
                return fail(itemPath,
                            tr("\"%1\" is not one of: %2.")
                                    .arg(shortened(text), field.codes.join(QStringLiteral(", "))),
                            tr("\"%1\" is not one of the choices.").arg(shortened(text)));
        } else {
            if (text.trimmed().isEmpty())
                return fail(itemPath, tr("must not be empty."));
            if (text.size() > SegmentFields::kMaxTextLength)
                return fail(itemPath, tr("is longer than %1 characters.")
                                              .arg(SegmentFields::kMaxTextLength));
            for (const QChar c : text)
                if (c.category() == QChar::Other_Control)
                    return fail(itemPath, tr("contains a control character."));
        }
        if (!out.contains(text))
            out << text;
    }
    return true;
}

std::optional<qint64> ConditionTree::integer(const QJsonValue &value, qint64 minimum,
                                             qint64 maximum, const QString &path,
                                             SegmentValueKind kind)
{
    // The document counts money in fen and days as a number; the form shows yuan and days.
    const bool money = kind == SegmentValueKind::Money;
    const bool window = path.endsWith(QLatin1String(".days"));
    if (!value.isDouble()) {
        fail(path, tr("must be a number."),
             money ? tr("enter an amount.") : window ? tr("enter the number of days.")
                                                     : tr("enter a number."));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (!std::isfinite(number) || number != std::trunc(number)) {
        fail(path, tr("must be a whole number."),
             money ? tr("an amount has at most two decimals.") : tr("enter a whole number."));
        return std::nullopt;
    }
    if (number < double(minimum) || number > double(maximum)) {
        QString inForm;
        if (money)
            inForm = tr("must be between %1 and %2.")
                             .arg(Money::fromFen(minimum).toDisplayString(),
                                  Money::fromFen(maximum).toDisplayString());
        else if (window)
            inForm = tr("the period must be %1 to %2 days.").arg(minimum).arg(maximum);
        fail(path, tr("must be between %1 and %2.").arg(minimum).arg(maximum), inForm);
        return std::nullopt;
    }
    return qint64(number);
}

QJsonObject ConditionTree::toJson(const SegmentNode &node, const FieldLookup &lookup)
{
    QJsonObject object;
    if (node.isGroup()) {
        object.insert(QLatin1String("match"),
                      node.matchAll ? QStringLiteral("all") : QStringLiteral("any"));
        QJsonArray conditions;
        for (const SegmentNode &child : node.children)
            conditions.append(toJson(child, lookup));
        object.insert(QLatin1String("conditions"), conditions);
        return object;
    }
    object.insert(QLatin1String("field"), node.field);
    object.insert(QLatin1String("op"), SegmentFields::operatorCode(node.op));
    const SegmentField *field = lookup(node.field);
    const bool list = field
            && (field->kind == SegmentValueKind::Code || field->kind == SegmentValueKind::Text);
    if (list || node.op == SegmentOperator::Between) {
        QJsonArray values;
        for (const QVariant &value : node.values)
            values.append(numberOrText(value));
        object.insert(QLatin1String("value"), values);
    } else if (!node.values.isEmpty()) {
        object.insert(QLatin1String("value"), numberOrText(node.values.first()));
    }
    if (field && field->needsDays)
        object.insert(QLatin1String("days"), node.days);
    if (!node.families.isEmpty())
        object.insert(QLatin1String("families"), QJsonArray::fromStringList(node.families));
    return object;
}

int ConditionTree::countConditions(const SegmentNode &node)
{
    if (!node.isGroup())
        return 1;
    int count = 0;
    for (const SegmentNode &child : node.children)
        count += countConditions(child);
    return count;
}

} // namespace bd
