#pragma once

// The typed ids of households, offers and sales (issue #20), kept out of Ids.h while the
// feature branch is open so that its many includers stay as they are; fold into Ids.h at
// will.
#include "app/domain/Ids.h"

namespace bd {

using HouseholdId = Id<struct HouseholdIdKind>;
using ProductOfferId = Id<struct ProductOfferIdKind>;
using ProductSaleId = Id<struct ProductSaleIdKind>;

} // namespace bd
