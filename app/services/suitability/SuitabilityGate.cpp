#include "app/services/suitability/SuitabilityGate.h"

#include "app/domain/CustomerAge.h"
#include "app/domain/DomainTerms.h"
#include "app/services/suitability/RiskRating.h"

#include <QLocale>

namespace bd {

QStringList SuitabilityGate::Verdict::rules() const
{
    QStringList codes;
    for (const Refusal &refusal : refusals)
        codes << refusal.rule;
    return codes;
}

QString SuitabilityGate::Verdict::reasons() const
{
    QStringList texts;
    for (const Refusal &refusal : refusals)
        texts << refusal.reason;
    return texts.join(QLatin1Char('\n'));
}

int SuitabilityGate::ageOn(const QDate &birthDate, const QDate &day)
{
    if (!day.isValid() || birthDate > day)
        return -1;
    return bd::ageOn(birthDate, day);
}

int SuitabilityGate::ageOf(const CustomerSuitability &customer, const QDate &day)
{
    if (customer.birthDate.isValid())
        return ageOn(customer.birthDate, day);
    // Without the reveal key only the year is known: the age reached this year, never less
    // than the exact one, so the elderly step errs on the careful side.
    if (customer.birthYear <= 0 || !day.isValid() || customer.birthYear > day.year())
        return -1;
    return day.year() - customer.birthYear;
}

QDate SuitabilityGate::assessmentValidUntil(const QDate &assessedOn)
{
    return assessedOn.isValid() ? assessedOn.addMonths(kAssessmentMonths) : QDate();
}

bool SuitabilityGate::needsElderlyStep(const CustomerSuitability &customer,
                                       const ShelfProduct &product, const QDate &today)
{
    if (product.risk <= kElderlyMaxRisk)
        return false;
    // An unknown age is treated as the careful case.
    const int age = ageOf(customer, today);
    return age < 0 || age >= kElderlyAge;
}

SuitabilityGate::Verdict SuitabilityGate::check(const CustomerSuitability &customer,
                                                const ShelfProduct &product,
                                                const Request &request, const QDate &today)
{
    Verdict verdict;
    auto refuse = [&verdict](const char *rule, const QString &reason) {
        verdict.refusals.append({QString::fromLatin1(rule), reason});
    };
    const QLocale locale;
    const QString productName = QStringLiteral("%1 %2").arg(product.code, product.name);

    if (customer.erased) {
        refuse("customer_erased", tr("This customer's personal data was erased: nothing can be "
                                     "recommended to them or sold."));
        return verdict;
    }
    if (customer.riskLevel < RiskRating::kLowest || customer.riskLevel > RiskRating::kHighest
        || !customer.assessedOn.isValid()) {
        refuse("risk_not_assessed",
               tr("The customer's risk tolerance has not been assessed: assess it (KYC) before "
                  "recommending or selling anything."));
    } else {
        const QDate validUntil = assessmentValidUntil(customer.assessedOn);
        if (today > validUntil)
            refuse("assessment_expired",
                   tr("The customer's risk assessment of %1 is older than %n month(s) (it counted "
                      "until %2): assess them again first.", nullptr, kAssessmentMonths)
                           .arg(locale.toString(customer.assessedOn, QLocale::ShortFormat),
                                locale.toString(validUntil, QLocale::ShortFormat)));
        if (product.risk > customer.riskLevel)
            refuse("risk_above_level",
                   tr("%1 is rated %2, above the customer's risk level %3: it may not be "
                      "recommended to them or sold.")
                           .arg(productName, RiskRating::productLabel(product.risk),
                                RiskRating::customerLabel(customer.riskLevel)));
    }
    if (needsElderlyStep(customer, product, today)
        && request.elderlyConfirmation.trimmed().isEmpty()) {
        const int age = ageOf(customer, today);
        refuse("elderly_unconfirmed",
               age < 0 ? tr("The customer's age is unknown and %1 is above R3: take the extra "
                            "confirmation step for customers of %2 or older and enter its "
                            "reference.")
                                 .arg(productName).arg(kElderlyAge)
                       : tr("The customer is %1, and %2 is above R3: take the extra confirmation "
                            "step for customers of %3 or older and enter its reference.")
                                 .arg(age).arg(productName).arg(kElderlyAge));
    }
    if (product.needsRecording && request.recordingReference.trimmed().isEmpty())
        refuse("recording_missing",
               tr("%1 is sold with audio-video recording (双录): enter the recording's "
                  "reference.")
                       .arg(productName));
    if (!product.onSaleOn(today)) {
        const QString from = product.saleFrom.isValid()
                ? locale.toString(product.saleFrom, QLocale::ShortFormat) : tr("(open)");
        const QString until = product.saleUntil.isValid()
                ? locale.toString(product.saleUntil, QLocale::ShortFormat) : tr("(open)");
        refuse("not_on_sale", tr("%1 is on sale from %2 to %3 only.").arg(productName, from, until));
    }
    if (request.act == Act::Sale) {
        if (request.amount <= Money())
            refuse("amount_missing", tr("Enter the amount of the sale."));
        else if (request.amount < product.minimum)
            refuse("below_minimum", tr("%1 is sold from %2; %3 is less.")
                                            .arg(productName, product.minimum.toDisplayString(),
                                                 request.amount.toDisplayString()));
        if (!product.soldThrough(request.channel)) {
            QStringList channels;
            for (const QString &channel : product.channels)
                channels << DomainTerms::label(Vocabulary::Channel, channel);
            refuse("channel_not_offered",
                   tr("%1 is not sold through %2 (only: %3).")
                           .arg(productName,
                                request.channel.isEmpty()
                                        ? tr("an unnamed channel")
                                        : DomainTerms::label(Vocabulary::Channel, request.channel),
                                channels.join(QStringLiteral(", "))));
        }
    }
    return verdict;
}

} // namespace bd
