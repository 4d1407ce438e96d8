#include "ui/branchfloor/LobbyVisitModel.h"

#include "app/domain/DomainTerms.h"
#include "ui/common/TimeText.h"

#include <QFont>

namespace bd {

QStringList LobbyVisitModel::headers() const
{
    return {tr("Time"), tr("Ticket"), tr("Customer"), tr("Value class"), tr("Moment"),
            tr("Business"), tr("Route")};
}

QVariant LobbyVisitModel::cell(const LobbyVisitLine &row, int column, int role) const
{
    const bool anonymous = row.customerName.isEmpty();
    if (role == Qt::FontRole && column == 2 && anonymous) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && column == 2)
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return TimeText::time(row.enteredAt);
    case 1: return row.ticketNo;
    case 2: return anonymous ? row.description : row.customerName;
    case 3: return DomainTerms::label(Vocabulary::ValueClass, row.valueClass);
    case 4: return DomainTerms::shortLabel(Vocabulary::LobbyMoment, row.moment);
    case 5: return DomainTerms::shortLabel(Vocabulary::BusinessType, row.businessType);
    case 6: return DomainTerms::shortLabel(Vocabulary::LobbyRoute, row.route);
    default: return {};
    }
}

} // namespace bd
