#pragma once

#include "app/services/calls/ManagerDay.h"
#include "database/workspaces/WealthManagerDeskQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The manager's ranked day as lines of the "Today" table, in the same order.
QList<CallTaskLine> callTaskLines(const QList<DayItem> &day);

// The manager's "Today": open call tasks and due care tasks ranked by how easy the customer
// is to close now, with the reasons.
class CallTaskModel : public RowTableModel<CallTaskLine>
{
    Q_DECLARE_TR_FUNCTIONS(CallTaskModel)

public:
    using RowTableModel::RowTableModel;

    enum Column { Score, Customer, Tier, Aum, WhyNow, Task, Due, LastOutcome };

protected:
    QStringList headers() const override;
    QVariant cell(const CallTaskLine &row, int column, int role) const override;
    QString rowKey(const CallTaskLine &row) const override { return row.customerId.toString(); }
};

} // namespace bd
