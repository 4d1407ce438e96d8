#include "ui/segments/SegmentFamilyPicker.h"

#include "app/domain/SegmentFields.h"
#include "ui/segments/SegmentValueEditor.h"

#include <QMenu>

namespace bd {

SegmentFamilyPicker::SegmentFamilyPicker(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
{
    setObjectName(QStringLiteral("segmentFamilies"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setToolTip(tr("Count only holdings of the product families ticked"));
    const QString familyField = QStringLiteral("holding_family");
    for (const QString &code : SegmentFields::find(familyField)->codes) {
        QAction *action = m_menu->addAction(SegmentValueEditor::codeLabel(familyField, code));
        action->setCheckable(true);
        action->setData(code);
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            emit changed();
        });
    }
    setMenu(m_menu);
    updateText();
}

QStringList SegmentFamilyPicker::families() const
{
    QStringList codes;
    for (const QAction *action : m_menu->actions())
        if (action->isChecked())
            codes << action->data().toString();
    return codes;
}

void SegmentFamilyPicker::setFamilies(const QStringList &families)
{
    for (QAction *action : m_menu->actions()) {
        const QSignalBlocker blocker(action);
        action->setChecked(families.contains(action->data().toString()));
    }
    updateText();
}

void SegmentFamilyPicker::updateText()
{
    QStringList labels;
    for (const QAction *action : m_menu->actions())
        if (action->isChecked())
            labels << action->text();
    setText(labels.isEmpty() ? tr("All products") : labels.join(QStringLiteral(", ")));
}

} // namespace bd
