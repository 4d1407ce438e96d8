#pragma once

#include "database/opportunities/BranchOpportunityQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// One of the branch head's opportunity lists (issue #17): the pool to hand out, the
// complaints to recover, the held-back ones with why, the escalated ones (past their
// deadline) with whose they are. The pool and the complaints say in words whether a row is
// escalated or overdue; a click on a header sorts by that column (State: escalated first).
class BranchOpportunityModel : public RowTableModel<BranchOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(BranchOpportunityModel)

public:
    enum class List { Pool, Complaints, HeldBack, Escalated };
    enum Column { When, CustomerName, Title, Why, State }; // Why: "whose" when escalated
    explicit BranchOpportunityModel(List list, QObject *parent = nullptr)
        : RowTableModel(parent)
        , m_list(list)
    {
    }

    // In words: "Escalated <when>", "Overdue" or "Open"; and whose an escalated one is.
    static QString stateText(const BranchOpportunity &row);
    static QString whose(const BranchOpportunity &row);

protected:
    QStringList headers() const override;
    QVariant cell(const BranchOpportunity &row, int column, int role) const override;
    QString rowKey(const BranchOpportunity &row) const override { return row.id.toString(); }
    QVariant sortKey(const BranchOpportunity &row, int column) const override;

private:
    List m_list;
};

} // namespace bd
