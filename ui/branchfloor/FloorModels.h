#pragma once

#include "database/branchfloor/FloorQueries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// Referrals per referrer and day, with the conversions credited to the referrer.
class ReferralDayModel : public RowTableModel<ReferralDayLine>
{
    Q_DECLARE_TR_FUNCTIONS(ReferralDayModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const ReferralDayLine &row, int column, int role) const override;
};

// Seven-step adherence per teller.
class TellerAdherenceModel : public RowTableModel<TellerAdherenceLine>
{
    Q_DECLARE_TR_FUNCTIONS(TellerAdherenceModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const TellerAdherenceLine &row, int column, int role) const override;
};

} // namespace bd
