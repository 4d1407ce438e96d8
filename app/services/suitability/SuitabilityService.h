#pragma once

#include "app/domain/HouseholdIds.h"
#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "app/services/suitability/SuitabilityGate.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace bd {

class Store;

// What a customer said to a recommended product.
struct OfferAnswer
{
    QString response;            // OfferTerms: accepted, declined, not_now
    QString declineReason;       // with a decline: OfferTerms decline reason code
    QStringList reasons;         // the offer's reason codes, the main one first
    QString context;             // OfferTerms context: customer360, prep_sheet, counter, ...
    QString recordingReference;  // 双录, when the product needs it
    QString elderlyConfirmation; // 65+ and above R3
};

struct SaleInput
{
    Money amount;
    QString channel = QStringLiteral("counter");
    QString recordingReference;
    QString elderlyConfirmation;
};

// A product the customer holds, against the shelf: its rating and whether it is above the
// customer's risk level now (a holding is not undone, but the manager should know).
struct HoldingOnShelf
{
    HeldProduct holding;
    int risk = 0; // the shelf's rating; 0: not on the shelf
    bool needsRecording = false;
    bool aboveLevel = false;
};

// The one door through which recommendations and sales are recorded, from every screen and
// the command line: the customer must be of the session's branch, the product on the
// branch's shelf, and SuitabilityGate must let it pass. A refusal comes back with its
// reasons in words and is audited (suitability_refused) with the rules it broke.
class SuitabilityService
{
    Q_DECLARE_TR_FUNCTIONS(SuitabilityService)

public:
    SuitabilityService(Store &store, const Session &session,
                       const QDate &today = QDate::currentDate());

    // The gate's verdict now, recording nothing: for a screen to show while staff type.
    Result<SuitabilityGate::Verdict> check(const CustomerId &customer, const QString &productCode,
                                           const SuitabilityGate::Request &request) const;
    // Needs recommend_products.
    Result<ProductOfferId> recordOffer(const CustomerId &customer, const QString &productCode,
                                       const OfferAnswer &answer);
    // Needs sell_products. Follows the customer's accepted offer of the product, if recent.
    Result<ProductSaleId> recordSale(const CustomerId &customer, const QString &productCode,
                                     const SaleInput &sale);

    // The customer's active holdings with the shelf's rating of each.
    Result<QList<HoldingOnShelf>> holdingsOnShelf(const CustomerId &customer) const;

    // The verdict of the last recordOffer/recordSale refused by the gate (empty otherwise).
    const SuitabilityGate::Verdict &lastVerdict() const { return m_lastVerdict; }

private:
    struct Subject
    {
        CustomerSuitability customer;
        ShelfProduct product;
    };
    Result<Subject> subject(const CustomerId &customer, const QString &productCode) const;
    Result<> passGate(const Subject &subject, const SuitabilityGate::Request &request,
                      const QString &context);
    Result<> allowed(Permission permission) const;

    Store &m_store;
    const Session &m_session;
    QDate m_today;
    SuitabilityGate::Verdict m_lastVerdict;
};

} // namespace bd
