#include "ui/segments/SegmentPicker.h"

#include "app/services/core/Session.h"
#include "app/services/segments/SegmentPresets.h"
#include "app/services/segments/SegmentService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace bd {

SegmentPicker::SegmentPicker(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_presets(new QComboBox(this))
    , m_saved(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
{
    m_presets->setObjectName(QStringLiteral("segmentPreset"));
    m_presets->addItem(tr("Start from a target group..."));
    for (const SegmentPreset &preset : SegmentPresets::all()) {
        m_presets->addItem(preset.name, preset.code);
        m_presets->setItemData(m_presets->count() - 1, preset.description, Qt::ToolTipRole);
    }
    m_saved->setObjectName(QStringLiteral("savedSegments"));
    setSavedSegments({}, {}); // its first line until the branch's segments are read
    m_name->setObjectName(QStringLiteral("segmentName"));
    m_name->setPlaceholderText(tr("Segment name"));
    m_save->setObjectName(QStringLiteral("saveSegment"));
    m_delete->setObjectName(QStringLiteral("deleteSegment"));
    const bool manage = session.can(Permission::ManageSegments);
    m_name->setEnabled(manage);
    m_save->setEnabled(manage);
    m_delete->setEnabled(manage);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_presets, 1);
    layout->addWidget(m_saved, 1);
    layout->addWidget(m_name, 1);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);

    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit presetChosen(m_presets->itemData(index).toString());
    });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit savedChosen(m_saved->itemData(index).toString());
    });
    connect(m_save, &QPushButton::clicked, this, &SegmentPicker::saveRequested);
    connect(m_name, &QLineEdit::returnPressed, this, &SegmentPicker::saveRequested);
    connect(m_delete, &QPushButton::clicked, this, &SegmentPicker::deleteRequested);
}

void SegmentPicker::setSavedSegments(const QList<SavedSegment> &segments, const QString &currentId)
{
    m_saved->clear();
    m_saved->addItem(tr("Saved segments..."));
    for (const SavedSegment &segment : segments) {
        m_saved->addItem(segment.name, segment.id);
        m_saved->setItemData(m_saved->count() - 1,
                             tr("Saved by %1 on %2").arg(segment.createdByName, segment.updatedAt.left(10)),
                             Qt::ToolTipRole);
    }
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(currentId)));
}

void SegmentPicker::showPreset(const QString &code, const QString &name)
{
    m_saved->setCurrentIndex(0);
    m_presets->setCurrentIndex(m_presets->findData(code));
    m_name->setText(name);
}

void SegmentPicker::showSaved(const QString &segmentId)
{
    m_presets->setCurrentIndex(0);
    m_saved->setCurrentIndex(std::max(0, m_saved->findData(segmentId)));
    m_name->setText(m_saved->currentText());
}

QString SegmentPicker::name() const
{
    return m_name->text();
}

QString SegmentPicker::savedName() const
{
    return m_saved->currentText();
}

} // namespace bd
