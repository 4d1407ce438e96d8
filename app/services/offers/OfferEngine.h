#pragma once

#include "app/services/offers/OfferSettings.h"
#include "app/services/suitability/ProductShelf.h"
#include "database/products/OfferFacts.h"
#include "database/products/PeerHoldings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// One reason an offer is made, in words, with its weight.
struct OfferReason
{
    QString code; // OfferTerms reason code: maturity, money_arriving, interest, voice, ...
    int points = 0;
    QString text; // translated
};

// A product worth offering a customer now, and why.
struct Offer
{
    ShelfProduct product;
    int score = 0;
    QList<OfferReason> reasons; // strongest first
    QStringList reasonCodes() const;
    QString summary() const;    // the reasons joined
};

// The next best offers (DOMAIN.md sections 4 and 5): for one customer, up to three
// products of the shelf, each of another family, that pass the suitability gate as the
// customer stands (risk level, a current assessment, no product above R3 for a customer
// of 65 or more) and are not resting after a recent answer; ranked by reasons a person can
// check: money arriving and maturities, interests from KYC and the customer's words,
// browsing, stated needs, the tier or household distance, what similar customers hold.
// Pure: the facts come from OfferQueries; the weights are in docs/SUITABILITY.md.
class OfferEngine
{
    Q_DECLARE_TR_FUNCTIONS(OfferEngine)

public:
    static constexpr int kMaxOffers = 3;
    static constexpr int kMinimumScore = 15;    // weaker than this is no reason to call
    static constexpr int kMoneyDaysAhead = 30;  // maturities and arrivals that count
    static constexpr int kMoneyDaysBack = 7;
    static constexpr int kTierReachPercent = 20; // "close to the next tier": within 20% of it
    static constexpr int kPeerMinimum = 20;     // a peer group smaller than this says nothing
    static constexpr int kPeerShareMinimum = 10; // percent holding the product
    static constexpr int kAcceptedRestDays = 30; // an accepted or sold product is not offered again

    struct Input
    {
        const OfferFacts &facts;
        const ProductShelf &shelf;
        const PeerGroup &peers;
        OfferSettings settings;
        QDate today;
    };

    static QList<Offer> offersFor(const Input &input);
    // Why nothing can be offered at all before any product is weighed (no current risk
    // assessment, erased data); empty when products may be offered.
    static QString heldBack(const CustomerSuitability &customer, const QDate &today);
    // The product is resting after the customer's answer (or was bought lately).
    static bool isResting(const OfferFacts &facts, const QString &productCode,
                          const OfferSettings &settings, const QDate &today);
    // The product family a tag's value or a browse event names, if any.
    static QString familyNamed(const QString &text);
};

} // namespace bd
