#pragma once

#include "app/domain/Money.h"
#include "app/services/suitability/ProductShelf.h"
#include "database/products/OfferFacts.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// The suitability rules (适当性管理) every recommendation and sale passes, whoever records it
// and from wherever (SuitabilityService is the only door; docs/SUITABILITY.md). Pure: the
// caller brings the customer's facts, the product and what was entered. A refusal says why
// in words; none of the rules can be overridden: the only way past one is to do what it
// asks (assess the customer, take the extra step, make the recording).
class SuitabilityGate
{
    Q_DECLARE_TR_FUNCTIONS(SuitabilityGate)

public:
    static constexpr int kAssessmentMonths = 12; // an assessment counts this long
    static constexpr int kElderlyAge = 65;       // from this birthday on ...
    static constexpr int kElderlyMaxRisk = 3;    // ... a product above R3 needs the extra step

    enum class Act { Recommendation, Sale };

    struct Request
    {
        Act act = Act::Recommendation;
        Money amount;                // a sale: how much
        QString channel;             // a sale: counter, ebanking, mobile, phone
        QString recordingReference;  // 双录: the recording's reference
        QString elderlyConfirmation; // 65+ and above R3: the reference of the signed form
    };

    struct Refusal
    {
        QString rule;   // risk_not_assessed, assessment_expired, risk_above_level,
                        // elderly_unconfirmed, recording_missing, not_on_sale,
                        // below_minimum, channel_not_offered, amount_missing, customer_erased
        QString reason; // translated, in words
    };

    struct Verdict
    {
        QList<Refusal> refusals;
        bool allowed() const { return refusals.isEmpty(); }
        QStringList rules() const;
        QString reasons() const; // one per line
    };

    static Verdict check(const CustomerSuitability &customer, const ShelfProduct &product,
                         const Request &request, const QDate &today);

    // Whole years on `day`; -1 when the birth date is unknown.
    static int ageOn(const QDate &birthDate, const QDate &day);
    // From the birth date when this session opened it, else from the plain birth year.
    static int ageOf(const CustomerSuitability &customer, const QDate &day);
    // The last day an assessment made on `assessedOn` counts (12 months on, that day
    // included); null for no assessment.
    static QDate assessmentValidUntil(const QDate &assessedOn);
    static bool needsElderlyStep(const CustomerSuitability &customer, const ShelfProduct &product,
                                 const QDate &today);
};

} // namespace bd
