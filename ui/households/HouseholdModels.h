#pragma once

#include "database/households/HouseholdQueries.h"
#include "database/households/HouseholdSuggestions.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The members of a household: name, CIF, relation to the head, tier and AUM.
class HouseholdMemberModel : public RowTableModel<HouseholdMemberRow>
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdMemberModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const HouseholdMemberRow &row, int column, int role) const override;
};

// Customers who may be of the same family, and why (shared address, shared mobile).
class HouseholdSuggestionModel : public RowTableModel<HouseholdSuggestion>
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdSuggestionModel)

public:
    using RowTableModel::RowTableModel;
    static QString why(const HouseholdSuggestion &suggestion);

protected:
    QStringList headers() const override;
    QVariant cell(const HouseholdSuggestion &row, int column, int role) const override;
};

} // namespace bd
