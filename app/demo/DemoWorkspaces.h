#pragma once

#include "app/demo/DemoContext.h"

#include <string>

namespace bd::demo {

// Branch-level content, so every workspace has something to show from the first sign-in.
namespace DemoWorkspaces {
// Before the customers: the tag catalogue, saved segments and one maturity and one uplift
// call list per wealth manager (customers are added to them as they are written).
bool writeCatalogueAndLists(DemoContext &context);
// After the customers: today's lobby walk-ins, open and closed referrals with their
// checklists, and today's counter sessions through the seven steps.
bool writeToday(DemoContext &context);
// Open referrals whose deadline passed before `now` (UTC stamp) as the branch head's inbox
// escalated them then, so the first sign-in finds nothing overdue that a person missed.
bool escalateOverdueReferrals(DemoContext &context, int escalationMinutes, const std::string &now);
} // namespace DemoWorkspaces

} // namespace bd::demo
