#pragma once

#include "app/domain/Ids.h"

#include <QString>

class QWidget;

namespace bd {

class Store;
struct Session;

// Opens the KYC nine-grid wizard for a customer (modal). Checks Permission::RunKyc
// through KycService first: a refusal is audited and shown in a message box instead.
void openKycWizard(Store &store, const Session &session, const CustomerId &customerId,
                   QWidget *parent);

} // namespace bd
