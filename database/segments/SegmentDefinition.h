#pragma once

#include "app/domain/Result.h"
#include "database/segments/SegmentFields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace bd {

// One node of a segment definition: a condition (field, operator, values) or a group of
// nodes joined by AND ("all") or OR ("any").
struct SegmentNode
{
    enum class Kind { Condition, Group };
    Kind kind = Kind::Group;

    // Group
    bool matchAll = true;
    std::vector<SegmentNode> children;

    // Condition
    QString field;
    SegmentOperator op = SegmentOperator::Equal;
    QVariantList values; // qint64 numbers, QString codes/texts or one bool, as the field says
    int days = 0;        // the look-back window of fields that need one
    QStringList families; // product families a holding condition is limited to (empty: all)

    static SegmentNode group(bool matchAll, std::vector<SegmentNode> children = {});
    static SegmentNode condition(const QString &field, SegmentOperator op, QVariantList values,
                                 int days = 0, QStringList families = {});
    bool isGroup() const { return kind == Kind::Group; }
};

// A segment definition as data. The format is documented in docs/SEGMENTS.md:
//   {"version": 1, "match": "all", "conditions": [
//      {"field": "age", "op": "ge", "value": 55},
//      {"match": "any", "conditions": [...]}]}
// fromJson() validates everything and is free of any database, so a fuzz target can call
// it on arbitrary bytes.
class SegmentDefinition
{
    Q_DECLARE_TR_FUNCTIONS(SegmentDefinition)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qsizetype kMaxJsonBytes = 256 * 1024;
    static constexpr int kMaxDepth = 8; // nested groups below the top one
    static constexpr int kMaxConditions = 200;

    SegmentNode root;

    // Parses and validates; the error is a translated message naming the place
    // ("conditions[2].value: ...").
    static Result<SegmentDefinition> fromJson(const QByteArray &json);
    // Checks a definition built in code (the builder's editors) by the same rules.
    static Result<> validate(const SegmentDefinition &definition);

    QByteArray toJson() const; // compact; fromJson(toJson()) gives the same definition
    int conditionCount() const;
};

} // namespace bd
