#include "ui/segments/SegmentConditionEditor.h"

#include "ui/segments/SegmentFamilyPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bd {

namespace {
constexpr int kKindRole = Qt::UserRole; // "group" or "condition"
enum Column { FieldColumn, OperatorColumn, ValueColumn, DaysColumn, FamiliesColumn };

bool isGroup(const QTreeWidgetItem *item)
{
    return item && item->data(FieldColumn, kKindRole).toString() == QLatin1String("group");
}
} // namespace

SegmentConditionEditor::SegmentConditionEditor(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_tree->setObjectName(QStringLiteral("segmentConditions"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({tr("Condition"), tr("Operator"), tr("Value"), tr("Within"), tr("Products")});
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *addCondition = new QPushButton(tr("Add condition"), this);
    addCondition->setObjectName(QStringLiteral("addCondition"));
    auto *addGroup = new QPushButton(tr("Add group"), this);
    addGroup->setObjectName(QStringLiteral("addGroup"));
    m_remove->setObjectName(QStringLiteral("removeCondition"));
    connect(addCondition, &QPushButton::clicked, this, &SegmentConditionEditor::addCondition);
    connect(addGroup, &QPushButton::clicked, this, &SegmentConditionEditor::addGroup);
    connect(m_remove, &QPushButton::clicked, this, &SegmentConditionEditor::removeSelected);
    // Choice buttons grow with what is ticked; columns are otherwise sized once per layout.
    connect(this, &SegmentConditionEditor::changed, m_tree, [this] {
        m_tree->header()->resizeSections(QHeaderView::ResizeToContents);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addCondition);
    buttons->addWidget(addGroup);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    setDefinition({});
}

void SegmentConditionEditor::setChoices(const QHash<QString, SegmentChoices> &choices)
{
    const SegmentDefinition current = definition();
    m_choices = choices;
    setDefinition(current); // value editors pick the choices up
}

QTreeWidgetItem *SegmentConditionEditor::newGroup(QTreeWidgetItem *parent, bool matchAll)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setData(FieldColumn, kKindRole, QStringLiteral("group"));
    auto *match = new QComboBox(m_tree);
    match->setObjectName(QStringLiteral("segmentMatch"));
    match->addItem(tr("All of these (and)"), true);
    match->addItem(tr("Any of these (or)"), false);
    match->setCurrentIndex(matchAll ? 0 : 1);
    connect(match, &QComboBox::currentIndexChanged, this, &SegmentConditionEditor::changed);
    m_tree->setItemWidget(item, FieldColumn, match);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *SegmentConditionEditor::newCondition(QTreeWidgetItem *parent, const SegmentNode &condition)
{
    auto *item = new QTreeWidgetItem(parent);
    item->setData(FieldColumn, kKindRole, QStringLiteral("condition"));
    auto *field = new QComboBox(m_tree);
    field->setObjectName(QStringLiteral("segmentField"));
    for (const SegmentField &known : SegmentFields::all())
        field->addItem(QStringLiteral("%1: %2").arg(SegmentFields::groupLabel(known), SegmentFields::label(known)),
                       QLatin1String(known.code));
    field->setCurrentIndex(std::max(0, field->findData(condition.field)));
    m_tree->setItemWidget(item, FieldColumn, field);
    rebuildEditors(item, field->currentData().toString(), condition.op, condition.values, condition.days,
                   condition.families);
    connect(field, &QComboBox::currentIndexChanged, this, [this, item, field] {
        const SegmentField *chosen = SegmentFields::find(field->currentData().toString());
        rebuildEditors(item, field->currentData().toString(), chosen->operators.first(), {}, 30, {});
        emit changed();
    });
    return item;
}

void SegmentConditionEditor::rebuildEditors(QTreeWidgetItem *item, const QString &fieldCode,
                                            SegmentOperator op, const QVariantList &values, int days,
                                            const QStringList &families)
{
    const SegmentField *field = SegmentFields::find(fieldCode);
    if (!field)
        return;
    if (!field->operators.contains(op))
        op = field->operators.first();
    auto *ops = new QComboBox(m_tree);
    ops->setObjectName(QStringLiteral("segmentOperator"));
    for (SegmentOperator known : field->operators)
        ops->addItem(SegmentFields::operatorLabel(known), int(known));
    ops->setCurrentIndex(ops->findData(int(op)));
    m_tree->setItemWidget(item, OperatorColumn, ops);

    auto *editor = new SegmentValueEditor(*field, op, m_choices.value(fieldCode), m_tree);
    if (!values.isEmpty())
        editor->setValues(values);
    connect(editor, &SegmentValueEditor::changed, this, &SegmentConditionEditor::changed);
    m_tree->setItemWidget(item, ValueColumn, editor);

    if (field->needsDays) {
        auto *window = new QSpinBox(m_tree);
        window->setObjectName(QStringLiteral("segmentDays"));
        window->setRange(1, SegmentFields::kMaxDays);
        window->setSuffix(tr(" days"));
        window->setValue(days > 0 ? days : 30);
        connect(window, &QSpinBox::valueChanged, this, &SegmentConditionEditor::changed);
        m_tree->setItemWidget(item, DaysColumn, window);
    } else {
        m_tree->removeItemWidget(item, DaysColumn);
    }
    if (field->takesFamilies) {
        auto *picker = new SegmentFamilyPicker(m_tree);
        picker->setFamilies(families);
        connect(picker, &SegmentFamilyPicker::changed, this, &SegmentConditionEditor::changed);
        m_tree->setItemWidget(item, FamiliesColumn, picker);
    } else {
        m_tree->removeItemWidget(item, FamiliesColumn);
    }
    connect(ops, &QComboBox::currentIndexChanged, this, [this, item, fieldCode, ops] {
        const SegmentNode before = nodeOf(item);
        rebuildEditors(item, fieldCode, SegmentOperator(ops->currentData().toInt()), before.values, before.days,
                       before.families);
        emit changed();
    });
}

void SegmentConditionEditor::fill(QTreeWidgetItem *item, const SegmentNode &node)
{
    for (const SegmentNode &child : node.children) {
        if (child.isGroup())
            fill(newGroup(item, child.matchAll), child);
        else
            newCondition(item, child);
    }
}

void SegmentConditionEditor::setDefinition(const SegmentDefinition &definition)
{
    m_tree->clear();
    QTreeWidgetItem *root = newGroup(nullptr, definition.root.matchAll);
    fill(root, definition.root);
    m_tree->expandAll();
    emit changed();
}

SegmentNode SegmentConditionEditor::nodeOf(QTreeWidgetItem *item) const
{
    if (isGroup(item)) {
        auto *match = qobject_cast<QComboBox *>(m_tree->itemWidget(item, FieldColumn));
        SegmentNode group = SegmentNode::group(!match || match->currentData().toBool());
        for (int i = 0; i < item->childCount(); ++i)
            group.children.push_back(nodeOf(item->child(i)));
        return group;
    }
    auto *field = qobject_cast<QComboBox *>(m_tree->itemWidget(item, FieldColumn));
    auto *ops = qobject_cast<QComboBox *>(m_tree->itemWidget(item, OperatorColumn));
    auto *editor = qobject_cast<SegmentValueEditor *>(m_tree->itemWidget(item, ValueColumn));
    auto *days = qobject_cast<QSpinBox *>(m_tree->itemWidget(item, DaysColumn));
    auto *families = qobject_cast<SegmentFamilyPicker *>(m_tree->itemWidget(item, FamiliesColumn));
    return SegmentNode::condition(field ? field->currentData().toString() : QString(),
                                  ops ? SegmentOperator(ops->currentData().toInt()) : SegmentOperator::Equal,
                                  editor ? editor->values() : QVariantList(), days ? days->value() : 0,
                                  families ? families->families() : QStringList());
}

SegmentDefinition SegmentConditionEditor::definition() const
{
    SegmentDefinition definition;
    if (m_tree->topLevelItemCount() > 0)
        definition.root = nodeOf(m_tree->topLevelItem(0));
    return definition;
}

QTreeWidgetItem *SegmentConditionEditor::targetGroup() const
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return m_tree->topLevelItem(0);
    return isGroup(current) ? current : current->parent();
}

void SegmentConditionEditor::addCondition()
{
    QTreeWidgetItem *group = targetGroup();
    SegmentNode condition = SegmentNode::condition(QStringLiteral("age"), SegmentOperator::GreaterOrEqual,
                                                   {qint64(18)});
    QTreeWidgetItem *item = newCondition(group, condition);
    group->setExpanded(true);
    m_tree->setCurrentItem(item);
    emit changed();
}

void SegmentConditionEditor::addGroup()
{
    QTreeWidgetItem *group = newGroup(targetGroup(), false);
    newCondition(group, SegmentNode::condition(QStringLiteral("age"), SegmentOperator::GreaterOrEqual, {qint64(18)}));
    m_tree->setCurrentItem(group);
    emit changed();
}

void SegmentConditionEditor::removeSelected()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current || !current->parent()) // the top group stays
        return;
    delete current;
    emit changed();
}

} // namespace bd
