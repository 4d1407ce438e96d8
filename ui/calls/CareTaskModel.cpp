#include "ui/calls/CareTaskModel.h"

#include "app/domain/DomainTerms.h"
#include "ui/common/TimeText.h"

#include <QBrush>
#include <QPalette>

namespace bd {

QStringList CareTaskModel::headers() const
{
    return {tr("Due"), tr("Customer"), tr("Care task"), tr("Note")};
}

QVariant CareTaskModel::cell(const CareTaskLine &row, int column, int role) const
{
    if (role == Qt::ForegroundRole && column == 0 && row.dueOn < QDate::currentDate())
        return QBrush(QColor(0xb0, 0x30, 0x20)); // overdue
    if (role == Qt::ToolTipRole && column == 0 && row.dueOn < QDate::currentDate())
        return tr("Overdue");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return TimeText::date(row.dueOn);
    case 1: return row.customerName;
    case 2: return DomainTerms::label(Vocabulary::CareTaskKind, row.kind);
    case 3: return row.note;
    default: return {};
    }
}

} // namespace bd
