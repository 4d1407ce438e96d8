#pragma once

#include "app/domain/SegmentFields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <vector>

namespace bd {

// One node of a tree of conditions: a condition (field, operator, values) or a group of
// nodes joined by AND ("all") or OR ("any"). Segments filter customers with it; event rules
// filter events with it, over a catalogue of their own.
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

// A problem of a tree, at its place ("conditions[2].value") in the document, and the same
// problem in the words of the form that edits the tree ("Condition 3 (Current AUM): ...").
struct ConditionProblem
{
    QString path;
    QString message;     // translated, in the document's terms
    int condition = 0;   // 1-based, conditions counted in reading order; 0: not in a condition
    QString fieldLabel;  // translated label of the condition's field, if known
    QString formMessage; // translated, in the form's terms; empty: `message` reads as well

    QString toString() const; // "path: message", or the message alone at the top
    QString inFormWords() const; // no paths or codes: what a form shows its user
};

// Reads and writes trees of conditions in the format of docs/SEGMENTS.md over a catalogue
// of fields (SegmentFields for segments, RuleFields for an event rule's "when"): every
// field, operator and value is checked against the catalogue, and nothing unknown passes.
class ConditionTree
{
    Q_DECLARE_TR_FUNCTIONS(SegmentDefinition)

public:
    using FieldLookup = std::function<const SegmentField *(const QString &code)>;
    enum class Mode { FirstProblem, EveryProblem };
    struct Limits
    {
        int maxDepth = 8; // nested groups below the top one
        int maxConditions = 200;
    };

    ConditionTree(FieldLookup lookup, Limits limits, Mode mode);

    // Reads the group `object` found at `path` ("" at the top of a document): "match",
    // "conditions" and any of `extraKeys`. False if there was a problem (see problems()).
    bool parseGroup(const QJsonObject &object, const QString &path, const QStringList &extraKeys,
                    SegmentNode &out);
    const QList<ConditionProblem> &problems() const { return m_problems; }

    static QJsonObject toJson(const SegmentNode &node, const FieldLookup &lookup);
    static int countConditions(const SegmentNode &node);

private:
    bool group(const QJsonObject &object, const QString &path, int depth,
               const QStringList &extraKeys, SegmentNode &out);
    bool condition(const QJsonObject &object, const QString &path, SegmentNode &out);
    bool readCondition(const QJsonObject &object, const QString &path, SegmentNode &out);
    bool values(const SegmentField &field, SegmentOperator op, const QJsonValue &value,
                const QString &path, QVariantList &out);
    bool codeList(const SegmentField &field, const QJsonValue &value, const QString &path,
                  bool closedList, QVariantList &out);
    std::optional<qint64> integer(const QJsonValue &value, qint64 minimum, qint64 maximum,
                                  const QString &path, SegmentValueKind kind);
    bool fail(const QString &path, const QString &message, const QString &formMessage = {});
    bool stopped() const { return m_mode == Mode::FirstProblem && !m_problems.isEmpty(); }

    FieldLookup m_lookup;
    Limits m_limits;
    Mode m_mode;
    int m_conditions = 0;
    int m_condition = 0;                   // the condition being read (0: none)
    const SegmentField *m_field = nullptr; // its field, once known
    QList<ConditionProblem> m_problems;
};

} // namespace bd
