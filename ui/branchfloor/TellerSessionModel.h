#pragma once

#include "database/workspaces/TellerDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// A teller's counter services of the day with the seven steps they went through.
class TellerSessionModel : public RowTableModel<TellerSessionLine>
{
    Q_DECLARE_TR_FUNCTIONS(TellerSessionModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const TellerSessionLine &row, int column, int role) const override;
};

} // namespace bd
