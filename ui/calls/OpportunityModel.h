#pragma once

#include "database/opportunities/OpportunityQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The open opportunities the event rules delivered to the person signed in (issue #17):
// whom to contact, what about, why, by when. Rows arrive through sync, without a click.
class OpportunityModel : public RowTableModel<OpenOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const OpenOpportunity &row, int column, int role) const override;
};

} // namespace bd
