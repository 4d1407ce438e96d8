#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/privacy/ConsentPurpose.h"
#include "database/privacy/ConsentRepository.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// A customer's consent per purpose: the history of grants and withdrawals, the current
// state derived from it, and recording a new grant or withdrawal. customer.marketing_consent
// is kept as the summary (1 while any marketing purpose is granted) in the same transaction.
class ConsentService
{
    Q_DECLARE_TR_FUNCTIONS(ConsentService)

public:
    ConsentService(Store &store, const Session &session);

    struct PurposeState
    {
        ConsentPurpose purpose;
        bool granted = false;   // no record yet: not granted
        bool recorded = false;  // a grant or withdrawal exists
        ConsentRecord latest;
    };
    // One entry per purpose, in ConsentPurposes::all() order. Needs ViewCustomers.
    Result<QList<PurposeState>> current(const CustomerId &customer);
    Result<QList<ConsentRecord>> history(const CustomerId &customer);

    // Needs ManageConsent. `evidence` is a reference (form number, call id), required for
    // a grant so it can be proven later.
    Result<> record(const CustomerId &customer, ConsentPurpose purpose, bool granted,
                    const QString &channel, const QString &evidence);

    // Sets customer.marketing_consent from the current state of the customer's marketing
    // purposes (1 while any is granted), recording the change; inside the caller's
    // transaction. After every local record and every pull that brought consent records,
    // so that every workstation derives it from the same state.
    static Result<> followSummary(Store &store, const CustomerId &customer);

private:
    Store &m_store;
    const Session &m_session;
};

} // namespace bd
