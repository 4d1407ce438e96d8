#pragma once

#include "database/calls/CallQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// Call lists with their batch quality: how many were reached, and of those the share
// interested (incl. appointments) and refused (DOMAIN.md section 6).
class CallListModel : public RowTableModel<CallListSummary>
{
    Q_DECLARE_TR_FUNCTIONS(CallListModel)

public:
    using RowTableModel::RowTableModel;

    enum Column { Name, Mode, Period, Managers, Tasks, Excluded, Open, Reached, NotReached,
                  Interested, Refused, InterestedShare, RefusedShare };

    // Percent of the reached customers, or -1 when nobody was reached yet.
    static int share(int part, int reached);

protected:
    QStringList headers() const override;
    QVariant cell(const CallListSummary &row, int column, int role) const override;
    QString rowKey(const CallListSummary &row) const override { return row.id; }
};

} // namespace bd
