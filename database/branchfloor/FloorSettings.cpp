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
        settings.largeDeposit = Money::fromFen(deposit);
    const qint64 transfer = store.setting(kTransfer).toLongLong(&ok);
    if (ok && transfer > 0)
        settings.largeTransfer = Money::fromFen(transfer);
    const int minutes = store.setting(kEscalation).toInt(&ok);
    if (ok && minutes > 0)
        settings.escalationMinutes = minutes;
    return settings;
}

bool FloorSettings::save(Store &store) const
{
    return store.setSetting(kDeposit, QString::number(largeDeposit.fen()))
            && store.setSetting(kTransfer, QString::number(largeTransfer.fen()))
            && store.setSetting(kEscalation, QString::number(escalationMinutes));
}

} // namespace bd
