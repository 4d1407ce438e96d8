#include "ui/customer360/ExpectedArrivalModel.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QLocale>

namespace bd {

QStringList ExpectedArrivalModel::headers() const
{
    return {tr("Expected on"), tr("Amount"), tr("Source"), tr("Status"), tr("Note")};
}

QVariant ExpectedArrivalModel::cell(const FundArrivalRow &row, int column, int role) const
{
    if (role == Qt::DisplayRole) {
        switch (column) {
        case 0: return QLocale().toString(row.expectedOn, QLocale::ShortFormat);
        case 1: return row.amount.toDisplayString();
        case 2: return DomainTerms::label(Vocabulary::FundArrivalSource, row.source);
        case 3:
            return row.status == QLatin1String("arrived") ? tr("arrived")
                    : row.status == QLatin1String("missed") ? tr("missed")
                                                             : tr("expected");
        case 4: return row.note;
        }
    } else if (role == Qt::TextAlignmentRole && column == 1) {
        return numberAlignment();
    }
    return {};
}

} // namespace bd
