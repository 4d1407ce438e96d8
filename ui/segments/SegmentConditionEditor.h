#pragma once

#include "app/domain/SegmentDefinition.h"
#include "ui/segments/SegmentValueEditor.h"

#include <QHash>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QPushButton;

namespace bd {

// The condition tree of a segment: groups ("all of" / "any of") holding conditions and
// further groups; each condition row has its field, operator, value editor and, for
// fields with a look-back window, the number of days and, for holding amounts and
// maturities, the product families counted. Emits changed() on every edit.
class SegmentConditionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit SegmentConditionEditor(QWidget *parent = nullptr);

    void setDefinition(const SegmentDefinition &definition);
    // What the tree says now; check it with SegmentDefinition::validate.
    SegmentDefinition definition() const;
    // Choices for the fields whose values come from the branch's data.
    void setChoices(const QHash<QString, SegmentChoices> &choices);

    QTreeWidget *tree() const { return m_tree; }
    void addCondition(); // under the selected group (or the group of the selected row)
    void addGroup();
    void removeSelected();

signals:
    void changed();

private:
    QTreeWidgetItem *newGroup(QTreeWidgetItem *parent, bool matchAll);
    QTreeWidgetItem *newCondition(QTreeWidgetItem *parent, const SegmentNode &condition);
    void fill(QTreeWidgetItem *item, const SegmentNode &node);
    void rebuildEditors(QTreeWidgetItem *item, const QString &fieldCode, SegmentOperator op,
                        const QVariantList &values, int days, const QStringList &families);
    SegmentNode nodeOf(QTreeWidgetItem *item) const;
    QTreeWidgetItem *targetGroup() const;

    QTreeWidget *m_tree;
    QPushButton *m_remove;
    QHash<QString, SegmentChoices> m_choices;
};

} // namespace bd
