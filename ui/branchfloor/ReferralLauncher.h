#pragma once

#include "app/domain/Ids.h"

#include <QString>

class QWidget;

namespace bd {

class Store;
struct Session;

// Opens the potential-VIP referral form for a known customer, pre-filled (name, owning
// wealth manager), as a window-modal dialog that deletes itself when closed. A user
// without Permission::CreateReferral gets the service's refusal instead.
// Used by the customer 360's "Create referral" action.
void openReferralForm(Store &store, const Session &session, const CustomerId &customerId,
                      QWidget *parent);

} // namespace bd
