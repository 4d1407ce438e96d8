#pragma once

#include "database/opportunities/BranchOpportunityQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// What each rule did at the branch (issue #17): fired, held back and why, delivered,
// contacted in time, interested, converted, new AUM.
class RuleFigureModel : public RowTableModel<RuleFigures>
{
    Q_DECLARE_TR_FUNCTIONS(RuleFigureModel)

public:
    using RowTableModel::RowTableModel;
    enum Column { Rule, Fired, HeldBack, HeldWhy, Delivered, InTime, Interested, Converted, NewAum };

protected:
    QStringList headers() const override;
    QVariant cell(const RuleFigures &row, int column, int role) const override;
};

} // namespace bd
