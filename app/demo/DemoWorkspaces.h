#pragma once

#include "app/demo/DemoContext.h"

namespace bd::demo {

// Branch-level content, so every workspace has something to show from the first sign-in.
namespace DemoWorkspaces {
// Before the customers: the tag catalogue, saved segments and one maturity and one uplift
// call list per wealth manager (customers are added to them as they are written).
bool writeCatalogueAndLists(DemoContext &context);
// After the customers: today's lobby walk-ins, open and closed referrals with their
// checklists, and today's counter sessions through the seven steps.
bool writeToday(DemoContext &context);
} // namespace DemoWorkspaces

} // namespace bd::demo
