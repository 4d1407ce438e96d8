#pragma once

#include "app/domain/Result.h"

namespace bd {

class Store;

// How long a product rests after the customer's answer before it is offered again
// (app_setting, defaults from migration 0019).
struct OfferSettings
{
    static constexpr int kMaxRestDays = 3650;

    int declineRestDays = 90;
    int notNowRestDays = 14;

    static OfferSettings load(const Store &store);
    Result<> save(Store &store) const;
    bool isValid() const;
};

} // namespace bd
