#pragma once

#include "database/opportunities/OpportunityQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The open opportunities the event rules delivered to the person signed in (issue #17):
// whom to contact, what about, why, by when, and whether it is escalated (past its
// deadline: then in every manager's Today and the branch head's). Rows arrive through sync,
// without a click; a click on a header sorts by that column (State: escalated first).
class OpportunityModel : public RowTableModel<OpenOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityModel)

public:
    enum Column { ContactBy, CustomerName, Title, Why, State };
    using RowTableModel::RowTableModel;

    // The state in words: escalated, overdue, or open (a row carries no code on screen).
    static QString stateText(const OpenOpportunity &row, const QDateTime &now);

protected:
    QStringList headers() const override;
    QVariant cell(const OpenOpportunity &row, int column, int role) const override;
    QString rowKey(const OpenOpportunity &row) const override { return row.id.toString(); }
    QVariant sortKey(const OpenOpportunity &row, int column) const override;
};

} // namespace bd
