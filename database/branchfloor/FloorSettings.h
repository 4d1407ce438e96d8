#pragma once

#include "app/domain/Money.h"

namespace bd {

class Store;

// The configurable thresholds of the branch floor, kept in app_setting (defaults from
// migration 0006): counter triggers of a potential-VIP prompt and the time after which
// an unfinished referral is escalated.
struct FloorSettings
{
    Money largeDeposit = Money::fromYuan(50'000);   // 5万 CNY
    Money largeTransfer = Money::fromYuan(100'000); // 10万 CNY
    int escalationMinutes = 24 * 60;

    static FloorSettings load(const Store &store);
    bool save(Store &store) const; // call inside a Transaction
};

} // namespace bd
