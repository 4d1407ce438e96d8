#pragma once

#include "app/domain/Money.h"

#include <QString>

namespace bd {

// Tiers follow AUM at the branch's incentive steps 5万 / 50万 / 300万 / 600万.
// VIP (贵宾) service starts at Gold.
enum class CustomerTier { Ordinary, Silver, Gold, Platinum, Diamond };

namespace Tiers {
CustomerTier forAum(Money aum);
Money threshold(CustomerTier tier); // lowest AUM of the tier
bool isVip(CustomerTier tier);
QString code(CustomerTier tier);    // stored in the database
CustomerTier fromCode(const QString &code);
QString label(CustomerTier tier);   // translated
} // namespace Tiers

} // namespace bd
