#include "ui/calls/OpportunityModel.h"

#include "ui/common/TimeText.h"

#include <QBrush>
#include <QDateTime>

namespace bd {

namespace {
bool isOverdue(const OpenOpportunity &row, const QDateTime &now)
{
    return row.deadline.isValid() && row.deadline < now;
}

// Most urgent first when sorted up: escalated, then overdue, then the rest.
int urgency(const OpenOpportunity &row, const QDateTime &now)
{
    return row.escalated ? 0 : isOverdue(row, now) ? 1 : 2;
}
} // namespace

QStringList OpportunityModel::headers() const
{
    return {tr("Contact by"), tr("Customer"), tr("Opportunity"), tr("Why"), tr("State")};
}

QString OpportunityModel::stateText(const OpenOpportunity &row, const QDateTime &now)
{
    if (row.escalated)
        return tr("Escalated");
    return isOverdue(row, now) ? tr("Overdue") : tr("Open");
}

QVariant OpportunityModel::sortKey(const OpenOpportunity &row, int column) const
{
    switch (column) {
    case ContactBy: return row.deadline.isValid() ? QVariant(row.deadline) : QVariant();
    case State: return urgency(row, QDateTime::currentDateTimeUtc());
    default: return RowTableModel::sortKey(row, column);
    }
}

QVariant OpportunityModel::cell(const OpenOpportunity &row, int column, int role) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool overdue = isOverdue(row, now);
    if (role == Qt::ForegroundRole && (column == ContactBy || column == State)
        && (overdue || row.escalated))
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && column == ContactBy && overdue)
        return tr("Overdue");
    if (role == Qt::ToolTipRole && column == State && row.escalated)
        return tr("Past its deadline without a contact: shown to every wealth manager and the "
                  "branch head");
    if (role == Qt::ToolTipRole && column == Title && row.purpose == QLatin1String("service"))
        return tr("Service: not held back by marketing consent");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ContactBy:
        return row.deadline.isValid() ? TimeText::date(row.deadline.toLocalTime().date())
                        + QLatin1Char(' ') + TimeText::time(row.deadline)
                                      : QStringLiteral("-");
    case CustomerName: return row.customerName;
    case Title: return row.title.current();
    case Why: return row.reason;
    case State: return stateText(row, now);
    default: return {};
    }
}

} // namespace bd
