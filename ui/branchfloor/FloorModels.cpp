#include "ui/branchfloor/FloorModels.h"

#include "app/domain/Money.h"
#include "app/domain/StaffRole.h"
#include "ui/common/TimeText.h"

#include <QLocale>

namespace bd {

QStringList ReferralDayModel::headers() const
{
    return {tr("Day"), tr("Referred by"), tr("Logged"), tr("Accepted"), tr("Converted"),
            tr("New AUM credited")};
}

QVariant ReferralDayModel::cell(const ReferralDayLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= 2)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return TimeText::date(row.day);
    case 1: return row.staffName;
    case 2: return row.logged;
    case 3: return row.accepted;
    case 4: return row.converted;
    case 5: return row.convertedAum.toDisplayString();
    default: return {};
    }
}

QStringList TellerAdherenceModel::headers() const
{
    return {tr("Teller"), tr("Services"), tr("All seven steps"), tr("Steps done"),
            tr("Referrals"), tr("Average rating")};
}

QVariant TellerAdherenceModel::cell(const TellerAdherenceLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= 1)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    const int possible = row.sessions * 7;
    switch (column) {
    case 0: return row.tellerName;
    case 1: return row.sessions;
    case 2: return row.allSteps;
    case 3:
        return possible ? QStringLiteral("%1%").arg(100 * row.stepTotal / possible) : QString();
    case 4: return row.referrals;
    case 5: return row.averageRating > 0 ? QLocale().toString(row.averageRating, 'f', 1) : QString();
    default: return {};
    }
}

} // namespace bd
