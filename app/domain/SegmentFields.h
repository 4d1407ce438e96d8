#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// The closed catalogue of what a segment may filter on. A definition names a field by its
// code; the compiler maps each code to an SQL fragment written in code, so nothing a user
// typed ever becomes SQL text. The parser, the compiler and the builder's editors all read
// the same catalogue.
enum class SegmentOperator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Between,       // value: [low, high], both included
    In,            // value: non-empty list; for "has" fields: has any of them
    NotIn,         // value: non-empty list; for "has" fields: has none of them
    Is,            // value: true or false
    WithinDays,    // value: N; happened in the last N days (or falls due in the next N)
    OlderThanDays, // value: N; did not happen in the last N days (or never)
};

enum class SegmentValueKind {
    Integer, // whole number within [minimum, maximum]
    Money,   // integer fen within [minimum, maximum]
    Code,    // one or more codes of a closed list
    Text,    // one or more short texts (industry, district, staff id, tag id, KYC code)
    Boolean,
    Days,    // the N of WithinDays / OlderThanDays
};

struct SegmentField
{
    const char *code = "";
    const char *group = ""; // untranslated group label (QT_TRANSLATE_NOOP "SegmentFields")
    const char *label = ""; // untranslated label (QT_TRANSLATE_NOOP "SegmentFields")
    SegmentValueKind kind = SegmentValueKind::Integer;
    QList<SegmentOperator> operators;
    qint64 minimum = 0;
    qint64 maximum = 0;
    QStringList codes;          // for Code fields: the allowed codes
    bool needsDays = false;     // the condition also carries "days": the look-back window
    bool takesFamilies = false; // may carry "families": product families it is limited to
};

namespace SegmentFields {
constexpr int kMaxDays = 3650;               // ten years
constexpr qint64 kMaxFen = 1'000'000'000'000'000; // 10 trillion yuan; exact in a JSON double
constexpr int kMaxListItems = 200;
constexpr int kMaxTextLength = 100;

const QList<SegmentField> &all();
const SegmentField *find(const QString &code);
QString label(const SegmentField &field); // translated
QString groupLabel(const SegmentField &field);

// What a field of numbers, money or dates may be compared by (Equal ... Between), and what a
// field of codes or text may be matched by (In, NotIn).
const QList<SegmentOperator> &comparisonOperators();
const QList<SegmentOperator> &setOperators();

QString operatorCode(SegmentOperator op);
bool operatorFromCode(const QString &code, SegmentOperator *op);
QString operatorLabel(SegmentOperator op); // translated
bool isRangeOperator(SegmentOperator op);  // Equal ... Between
} // namespace SegmentFields

} // namespace bd
