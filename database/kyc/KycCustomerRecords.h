#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"
#include "database/kyc/KycRows.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace bd {

class Store;

// What a finished KYC writes on the customer: their risk level and preferred contact, the
// tags KYC derives, expected fund arrivals and the searchable kyc_field answers (0005).
// Writes run inside the caller's Transaction and record their sync change.
class KycCustomerRecords
{
public:
    explicit KycCustomerRecords(Store &store);

    bool customerExists(const CustomerId &customer);
    // Name and CIF number of the customer (unmasked: callers mask), empty if unknown.
    std::pair<QString, QString> customerNameAndCif(const CustomerId &customer);
    QList<KycTagRow> tags(const CustomerId &customer);

    Result<> setCustomerRisk(const CustomerId &customer, int riskLevel,
                             const QString &preferredContact);
    // Sets the customer's KYC tags to exactly these (source kyc); tags set by staff, rules
    // or observation are left alone; KYC tags no longer derived are tombstoned.
    Result<> replaceKycTags(const CustomerId &customer, const QList<KycTagRow> &tags,
                            const QString &staffId);
    // Adds a fund arrival unless the same answer already made it.
    Result<> addFundArrival(const CustomerId &customer, const QString &questionId,
                            const QString &source, const QDate &expectedOn, Money amount,
                            const QString &note);
    // The customer's current answer of a field: value_json sealed, value_text derived
    // (KycSearchForm: option codes only).
    Result<> upsertField(const CustomerId &customer, const QString &field,
                         const QString &questionId, const QString &valueJson,
                         const QString &sessionId, const QString &answeredAt);

private:
    Result<QString> tagId(const QString &dimension, const QString &category,
                          const QString &value);

    Store &m_store;
};

} // namespace bd
