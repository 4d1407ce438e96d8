#pragma once

#include "database/workspaces/LobbyDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// Today's walk-ins in the lobby, newest first.
class LobbyVisitModel : public RowTableModel<LobbyVisitLine>
{
    Q_DECLARE_TR_FUNCTIONS(LobbyVisitModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const LobbyVisitLine &row, int column, int role) const override;
};

} // namespace bd
