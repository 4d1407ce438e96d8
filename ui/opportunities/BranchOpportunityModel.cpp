#include "ui/opportunities/BranchOpportunityModel.h"

#include "ui/common/TimeText.h"
#include "ui/opportunities/HeldBackWording.h"

#include <QBrush>

namespace bd {

namespace {
QString when(const QDateTime &utc)
{
    return utc.isValid() ? TimeText::date(utc.toLocalTime().date()) + QLatin1Char(' ')
                    + TimeText::time(utc)
                         : QStringLiteral("-");
}
} // namespace

QStringList BranchOpportunityModel::headers() const
{
    switch (m_list) {
    case List::Pool: return {tr("Since"), tr("Customer"), tr("Opportunity"), tr("Why")};
    case List::Complaints: return {tr("Recover by"), tr("Customer"), tr("Opportunity"), tr("Why")};
    case List::HeldBack:
        return {tr("Since"), tr("Customer"), tr("Opportunity"), tr("Held back or waiting because")};
    }
    return {};
}

QVariant BranchOpportunityModel::cell(const BranchOpportunity &row, int column, int role) const
{
    const bool overdue = row.deadline.isValid() && row.deadline < QDateTime::currentDateTimeUtc();
    if (role == Qt::ForegroundRole && column == 0 && overdue)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && column == 0 && overdue)
        return tr("Overdue");
    if (role == Qt::ToolTipRole && column == 2)
        return row.reason; // the event, also where the last column says why it waits
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return when(m_list == List::Complaints ? row.deadline : row.createdAt);
    case 1: return row.customerName;
    case 2: return row.title.current();
    case 3: return m_list == List::HeldBack ? HeldBackWording::why(row) : row.reason;
    default: return {};
    }
}

} // namespace bd
