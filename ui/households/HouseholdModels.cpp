#include "ui/households/HouseholdModels.h"

#include "app/domain/CustomerTier.h"
#include "app/services/households/HouseholdRelation.h"

#include <QFont>

namespace bd {

QStringList HouseholdMemberModel::headers() const
{
    return {tr("Name"), tr("CIF"), tr("Relation"), tr("Tier"), tr("AUM")};
}

QVariant HouseholdMemberModel::cell(const HouseholdMemberRow &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 4)
        return numberAlignment();
    if (role == Qt::FontRole && row.relation == QLatin1String("head")) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.name;
    case 1: return row.cifNo;
    case 2: return HouseholdRelation::label(row.relation);
    case 3: return Tiers::label(Tiers::fromCode(row.tier));
    case 4: return row.aum.toDisplayString();
    default: return {};
    }
}

QString HouseholdSuggestionModel::why(const HouseholdSuggestion &suggestion)
{
    if (suggestion.sameAddress && suggestion.sameMobile)
        return tr("Same address and mobile");
    return suggestion.sameAddress ? tr("Same address") : tr("Same mobile");
}

QStringList HouseholdSuggestionModel::headers() const
{
    return {tr("Name"), tr("CIF"), tr("Why"), tr("Tier"), tr("AUM"), tr("Household")};
}

QVariant HouseholdSuggestionModel::cell(const HouseholdSuggestion &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column == 4)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.otherName;
    case 1: return row.otherCif;
    case 2: return why(row);
    case 3: return Tiers::label(Tiers::fromCode(row.otherTier));
    case 4: return row.otherAum.toDisplayString();
    case 5: return row.otherHousehold.isEmpty() ? tr("none") : tr("in a household");
    default: return {};
    }
}

} // namespace bd
