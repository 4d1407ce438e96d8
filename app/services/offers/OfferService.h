#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/services/contact/CallClock.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/core/Session.h"
#include "app/services/offers/OfferEngine.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// Where the offers are for: a call or a message (the contact rules for marketing apply),
// or the customer at the counter (only do-not-contact holds: they came in themselves).
enum class OfferContext { Outreach, Counter };

// One customer's next best offers, or why there are none.
struct OfferList
{
    CustomerId customer;
    QString customerName;
    QList<Offer> offers;
    QString heldBack;                       // translated; empty unless offers are held back
    QList<ContactPolicy::Breach> breaches;  // the contact rules that hold them back
};

// The next best offers of customers of the session's branch: their facts read in one go
// (OfferQueries), the shelf in force, the peer figures (kept by triggers: one seek per
// group), then OfferEngine; the contact rules decide whether the offers may be made at all.
class OfferService
{
    Q_DECLARE_TR_FUNCTIONS(OfferService)

public:
    OfferService(Store &store, const Session &session, CallClock clock = systemCallClock());

    Result<OfferList> offersFor(const CustomerId &customer,
                                OfferContext context = OfferContext::Outreach);
    // A whole call list at once; customers of other branches are left out.
    Result<QList<OfferList>> offersFor(const QList<CustomerId> &customers,
                                       OfferContext context = OfferContext::Outreach);

    OfferSettings settings() const;
    // Needs manage_product_shelf; audited.
    Result<> saveSettings(const OfferSettings &settings);

private:
    Store &m_store;
    const Session &m_session;
    CallClock m_clock;
};

} // namespace bd
