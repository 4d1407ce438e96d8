#pragma once

#include "app/domain/ConditionTree.h"
#include "app/domain/Result.h"
#include "app/domain/SegmentFields.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

// A segment definition as data. The format is documented in docs/SEGMENTS.md:
//   {"version": 1, "match": "all", "conditions": [
//      {"field": "age", "op": "ge", "value": 55},
//      {"match": "any", "conditions": [...]}]}
// fromJson() validates everything (ConditionTree over SegmentFields) and is free of any
// database, so a fuzz target can call it on arbitrary bytes.
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
    // Checks a definition built in code (the builder's editors) by the same rules; the
    // error speaks the form's words ("Condition 2 (Current AUM): ..."), no paths or codes.
    static Result<> validate(const SegmentDefinition &definition);

    QByteArray toJson() const; // compact; fromJson(toJson()) gives the same definition
    int conditionCount() const;

private:
    enum class Words { Document, Form };
    static Result<SegmentDefinition> parse(const QByteArray &json, Words words);
};

} // namespace bd
