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

bool isOverdue(const BranchOpportunity &row)
{
    return row.deadline.isValid() && row.deadline < QDateTime::currentDateTimeUtc();
}

// Most urgent first when sorted up: escalated, then overdue, then the rest.
int urgency(const BranchOpportunity &row)
{
    return row.escalatedAt.isValid() ? 0 : isOverdue(row) ? 1 : 2;
}
} // namespace

QStringList BranchOpportunityModel::headers() const
{
    switch (m_list) {
    case List::Pool:
        return {tr("Since"), tr("Customer"), tr("Opportunity"), tr("Why"), tr("State")};
    case List::Complaints:
        return {tr("Recover by"), tr("Customer"), tr("Opportunity"), tr("Why"), tr("State")};
    case List::HeldBack:
        return {tr("Since"), tr("Customer"), tr("Opportunity"), tr("Held back or waiting because")};
    case List::Escalated:
        return {tr("Was due"), tr("Customer"), tr("Opportunity"), tr("Whose"), tr("State")};
    }
    return {};
}

QString BranchOpportunityModel::stateText(const BranchOpportunity &row)
{
    if (row.escalatedAt.isValid())
        return tr("Escalated %1").arg(when(row.escalatedAt));
    return isOverdue(row) ? tr("Overdue") : tr("Open");
}

QString BranchOpportunityModel::whose(const BranchOpportunity &row)
{
    if (!row.assigneeName.isEmpty())
        return row.assigneeName;
    if (row.assignedRole == QLatin1String("branch_head"))
        return tr("Yours");
    return tr("Branch pool");
}

QVariant BranchOpportunityModel::sortKey(const BranchOpportunity &row, int column) const
{
    switch (column) {
    case When: {
        const QDateTime at = m_list == List::Pool || m_list == List::HeldBack ? row.createdAt
                                                                              : row.deadline;
        return at.isValid() ? QVariant(at) : QVariant();
    }
    case State: return urgency(row);
    default: return RowTableModel::sortKey(row, column);
    }
}

QVariant BranchOpportunityModel::cell(const BranchOpportunity &row, int column, int role) const
{
    const bool overdue = isOverdue(row);
    if (role == Qt::ForegroundRole && column == 0 && overdue)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ForegroundRole && column == State && urgency(row) < 2)
        return QBrush(QColor(0xb0, 0x30, 0x20));
    if (role == Qt::ToolTipRole && column == State && row.escalatedAt.isValid())
        return tr("Past its deadline without a contact: shown to every wealth manager");
    if (role == Qt::ToolTipRole && column == 0 && overdue)
        return tr("Overdue");
    if (role == Qt::ToolTipRole && column == 2)
        return row.reason; // the event, also where the last column says why it waits
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case When:
        return when(m_list == List::Complaints || m_list == List::Escalated ? row.deadline
                                                                           : row.createdAt);
    case CustomerName: return row.customerName;
    case Title: return row.title.current();
    case Why:
        return m_list == List::HeldBack    ? HeldBackWording::why(row)
                : m_list == List::Escalated ? whose(row)
                                            : row.reason;
    case State: return m_list == List::HeldBack ? QVariant() : QVariant(stateText(row));
    default: return {};
    }
}

} // namespace bd
