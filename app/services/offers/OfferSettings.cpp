#include "app/services/offers/OfferSettings.h"

#include "database/core/Store.h"

namespace bd {

namespace {
const QString kDecline = QStringLiteral("offers.decline_rest_days");
const QString kNotNow = QStringLiteral("offers.not_now_rest_days");
} // namespace

OfferSettings OfferSettings::load(const Store &store)
{
    OfferSettings settings;
    bool ok = false;
    const int decline = store.setting(kDecline).toInt(&ok);
    if (ok && decline >= 0 && decline <= kMaxRestDays)
        settings.declineRestDays = decline;
    const int notNow = store.setting(kNotNow).toInt(&ok);
    if (ok && notNow >= 0 && notNow <= kMaxRestDays)
        settings.notNowRestDays = notNow;
    return settings;
}

bool OfferSettings::isValid() const
{
    return declineRestDays >= 0 && declineRestDays <= kMaxRestDays && notNowRestDays >= 0
            && notNowRestDays <= kMaxRestDays;
}

Result<> OfferSettings::save(Store &store) const
{
    if (!isValid())
        return Error(QStringLiteral("rest days out of range"));
    if (!store.setSetting(kDecline, QString::number(declineRestDays))
        || !store.setSetting(kNotNow, QString::number(notNowRestDays)))
        return Error(QStringLiteral("the offer settings could not be saved"));
    return {};
}

} // namespace bd
