#pragma once

#include "app/domain/HouseholdIds.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bd {

class Store;

// A recommendation and the customer's answer (a row of product_offer).
struct OfferRecord
{
    BranchId branch;
    CustomerId customer;
    QString productCode;
    QString productFamily;
    int productRisk = 1;
    QStringList reasons;   // reason codes, the main one first
    QString context;       // customer360, prep_sheet, counter, command_line
    QString response;      // accepted, declined, not_now
    QString declineReason; // with a decline: OfferTerms decline reason code
    QString recordingRef;  // 双录 reference, when the product needs one
    StaffId staff;
};

// A sale (a row of product_sale).
struct SaleRecord
{
    BranchId branch;
    CustomerId customer;
    QString productCode;
    QString productFamily;
    int productRisk = 1;
    Money amount;
    QString channel;
    QString recordingRef;
    QString elderlyConfirmation;
    ProductOfferId offer; // the accepted offer it follows, if any
    StaffId staff;
};

// Inserts offers and sales with their sync changes, inside the caller's Transaction.
// Both tables are insert-only: an answer or a sale is what happened, never edited.
class OfferRecords
{
public:
    explicit OfferRecords(Store &store);

    Result<ProductOfferId> insert(const OfferRecord &offer);
    Result<ProductSaleId> insert(const SaleRecord &sale);
    // The customer's latest accepted offer of the product made since `since`, if any.
    Result<ProductOfferId> acceptedOffer(const CustomerId &customer, const QString &productCode,
                                         const QDateTime &since) const;

private:
    Store &m_store;
};

} // namespace bd
