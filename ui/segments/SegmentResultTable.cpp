#include "ui/segments/SegmentResultTable.h"

#include "database/segments/SegmentColumns.h"
#include "ui/segments/SegmentResultModel.h"

#include <QHeaderView>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace bd {

SegmentResultTable::SegmentResultTable(SegmentResultModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("segmentResults"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    // Fixed row heights and no resizing to contents: the view never reads rows it does
    // not show, which is what keeps 100,000 rows smooth.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setSectionsClickable(true);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSortIndicator(int(model->columnCodes().indexOf(QStringLiteral("aum"))),
                                         Qt::DescendingOrder);
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, model,
            [model](int section, Qt::SortOrder order) { model->sort(section, order); });
}

QToolButton *SegmentResultTable::newColumnChooser(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("segmentColumns"));
    button->setText(tr("Columns"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    button->setMenu(menu);
    const QStringList shown = SegmentColumns::defaultCodes();
    const QStringList codes = m_model->columnCodes();
    for (int i = 0; i < codes.size(); ++i) {
        const SegmentColumn *column = SegmentColumns::find(codes.at(i));
        QAction *action = menu->addAction(SegmentColumns::label(*column));
        action->setCheckable(true);
        action->setChecked(shown.contains(codes.at(i)));
        action->setData(codes.at(i));
        setColumnHidden(i, !action->isChecked());
        connect(action, &QAction::toggled, this, [this, i](bool on) { setColumnHidden(i, !on); });
    }
    return button;
}

QStringList SegmentResultTable::visibleColumnCodes() const
{
    const QStringList codes = m_model->columnCodes();
    QList<QPair<int, QString>> visible; // visual position -> code
    for (int i = 0; i < codes.size(); ++i)
        if (!isColumnHidden(i))
            visible << qMakePair(horizontalHeader()->visualIndex(i), codes.at(i));
    std::sort(visible.begin(), visible.end());
    QStringList ordered;
    for (const auto &column : std::as_const(visible))
        ordered << column.second;
    return ordered;
}

} // namespace bd
