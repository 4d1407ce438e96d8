#include "database/branchfloor/FloorSettings.h"

#include "database/core/Store.h"

namespace bd {

namespace {
const QString kDeposit = QStringLiteral("floor.large_deposit_fen");
const QString kTransfer = QStringLiteral("floor.large_transfer_fen");
const QString kEscalation = QStringLiteral("floor.referral_escalation_minutes");
} // namespace

FloorSettings FloorSettings::load(const Store &store)
{
    FloorSettings settings;
    bool ok = false;
    const qint64 deposit = store.setting(kDeposit).toLongLong(&ok);
    if (ok && deposit > 0)
        settings.largeDepositFen = deposit;
    const qint64 transfer = store.setting(kTransfer).toLongLong(&ok);
    if (ok && transfer > 0)
        settings.largeTransferFen = transfer;
    const int minutes = store.setting(kEscalation).toInt(&ok);
    if (ok && minutes > 0)
        settings.escalationMinutes = minutes;
    return settings;
}

bool FloorSettings::save(Store &store) const
{
    return store.setSetting(kDeposit, QString::number(largeDepositFen))
            && store.setSetting(kTransfer, QString::number(largeTransferFen))
            && store.setSetting(kEscalation, QString::number(escalationMinutes));
}

} // namespace bd
