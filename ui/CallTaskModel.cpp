#include "CallTaskModel.h"

#include "BranchTerms.h"
#include "CustomerTier.h"
#include "Money.h"

namespace bd {

QStringList CallTaskModel::headers() const
{
    return {tr("Score"), tr("Customer"), tr("Tier"), tr("AUM"), tr("Why now"), tr("Due"),
            tr("Call list")};
}

QVariant CallTaskModel::cell(const CallTaskLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && (column == 0 || column == 3))
        return numberAlignment();
    if (role == Qt::ToolTipRole && column == 4)
        return row.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.rankScore;
    case 1: return row.customerName;
    case 2: return Tiers::label(Tiers::fromCode(row.tier));
    case 3: return Money::fromFen(row.aumFen).toDisplayString();
    case 4: return row.reason;
    case 5: return BranchTerms::date(row.dueOn);
    case 6: return row.listName;
    default: return {};
    }
}

} // namespace bd
