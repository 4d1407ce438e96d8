#pragma once

#include "database/opportunities/BranchOpportunityQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// One of the branch head's opportunity lists (issue #17): the pool to hand out, the
// complaints to recover, the held-back ones with why.
class BranchOpportunityModel : public RowTableModel<BranchOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(BranchOpportunityModel)

public:
    enum class List { Pool, Complaints, HeldBack };
    explicit BranchOpportunityModel(List list, QObject *parent = nullptr)
        : RowTableModel(parent)
        , m_list(list)
    {
    }

protected:
    QStringList headers() const override;
    QVariant cell(const BranchOpportunity &row, int column, int role) const override;

private:
    List m_list;
};

} // namespace bd
