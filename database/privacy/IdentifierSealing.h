#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;

// The upgrade to the reveal key (docs/SECURITY.md §3, §6): identifiers a file holds under
// the data key (every value of a file made before the reveal key pair, and pushed changes
// in the outbox and conflicts of that time) are sealed to the reveal key instead, with
// their masked form beside them. Needs the data key and the reveal public key open, not
// its secret half, so any role's sign-in finishes an interrupted move. Done once per
// reveal key (recorded in app_setting), in one transaction; freed pages are zeroed.
class IdentifierSealing
{
public:
    explicit IdentifierSealing(Store &store);

    Result<> moveToRevealKey();
    bool isMoved() const;

private:
    Store &m_store;
};

} // namespace bd
