#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "database/calls/CallQueries.h"
#include "database/households/HouseholdQueries.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace bd {

// What the suitability gate knows of a customer.
struct CustomerSuitability
{
    CustomerId id;
    BranchId branchId;
    QString name;
    int riskLevel = 0;  // 1..5; 0: never assessed
    QDate assessedOn;   // the later of customer.risk_assessed_on and the latest final KYC
    QDate birthDate;    // opened for roles that may reveal only
    int birthYear = 0;  // plain for every role; 0 unknown
    QString tier;       // CustomerTier code
    Money aum;
    bool erased = false;
};

struct HeldProduct
{
    QString code;
    QString name;
    QString family; // product family code
    Money amount;
    QDate maturity; // null: open-ended
};

// Money the customer expects (fund_arrival).
struct ExpectedMoney
{
    QDate on;
    Money amount;
    QString source; // FundArrivalSource code
};

// A tag that says what the customer wants or likes, and where it came from.
struct CustomerInterest
{
    QString category; // product_interest, service_need, expected_return, horizon, ...
    QString value;
    QString source;   // TagSource code: kyc, rule, staff, observed
};

struct PastOffer
{
    QString productCode;
    QString response; // accepted, declined, not_now; "sold" for a recorded sale
    QDateTime at;
};

// Everything the offer engine weighs for one customer, read in a few statements for many
// customers at once (OfferQueries).
struct OfferFacts
{
    CustomerSuitability customer;
    CustomerContactFacts contact; // the contact rules' facts (marketing contacts this period)
    QList<HeldProduct> holdings;   // active
    QList<ExpectedMoney> arrivals; // expected within the look-ahead
    QList<CustomerInterest> interests;
    QMap<QString, QDate> browsed;  // browse_* event kind -> latest day
    QList<PastOffer> pastOffers;   // the last year's answers and sales, newest first
    HouseholdTotals household;
};

} // namespace bd
