#include "ui/calls/OpportunityModel.h"

#include "ui/common/TimeText.h"

#include <QBrush>
#include <QDateTime>

namespace bd {

QStringList OpportunityModel::headers() const
{
    return {tr("Contact by"), tr("Customer"), tr("Opportunity"), tr("Why")};
}

QVariant OpportunityModel::cell(const OpenOpportunity &row, int column, int role) const
{
    const bool overdue = row.deadline.isValid() && row.deadline < QDateTime::currentDateTimeUtc();
    if (role == Qt::ForegroundRole && column == 0 && overdue)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && column == 0 && overdue)
        return tr("Overdue");
    if (role == Qt::ToolTipRole && column == 2 && row.purpose == QLatin1String("service"))
        return tr("Service: not held back by marketing consent");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0:
        return row.deadline.isValid() ? TimeText::date(row.deadline.toLocalTime().date())
                        + QLatin1Char(' ') + TimeText::time(row.deadline)
                                      : QStringLiteral("-");
    case 1: return row.customerName;
    case 2: return row.title.current();
    case 3: return row.reason;
    default: return {};
    }
}

} // namespace bd
