#include "ui/calls/MoneyArrivalModel.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "ui/common/TimeText.h"

namespace bd {

QStringList MoneyArrivalModel::headers() const
{
    return {tr("Date"), tr("Customer"), tr("Source"), tr("Product / note"), tr("Amount")};
}

QVariant MoneyArrivalModel::cell(const MoneyArrivalLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 4)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return TimeText::date(row.on);
    case 1: return row.customerName;
    case 2: return DomainTerms::label(Vocabulary::FundArrivalSource, row.source);
    case 3: return row.productName;
    case 4: return row.amount.toDisplayString();
    default: return {};
    }
}

} // namespace bd
