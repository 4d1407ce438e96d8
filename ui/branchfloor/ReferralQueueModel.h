#pragma once

#include "database/workspaces/ReferralLines.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// Potential-VIP referrals: the lobby's open queue or what a teller referred today.
class ReferralQueueModel : public RowTableModel<ReferralLine>
{
    Q_DECLARE_TR_FUNCTIONS(ReferralQueueModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const ReferralLine &row, int column, int role) const override;
    QString rowKey(const ReferralLine &row) const override { return row.id; }
};

} // namespace bd
