#include "app/services/branchfloor/ReferralForm.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/MobileNumber.h"

namespace bd {

QList<ReferralForm::Problem> ReferralForm::validate() const
{
    QList<Problem> problems;
    const bool record = kind == QLatin1String("record");
    if (!record && kind != QLatin1String("referral"))
        problems << Problem{QStringLiteral("kind"), tr("Choose the record form or the referral form.")};
    if (source != QLatin1String("lobby") && source != QLatin1String("teller")
        && source != QLatin1String("staff"))
        problems << Problem{QStringLiteral("source"),
                            tr("A referral comes from the lobby, the counter or a colleague.")};
    if (customerId.isEmpty() && description.trimmed().size() < 4)
        problems << Problem{QStringLiteral("description"),
                            tr("Link a customer, or describe the customer in a few words.")};
    if (referredTo.isEmpty())
        problems << Problem{QStringLiteral("referredTo"), tr("Choose the wealth manager.")};
    if (interest.trimmed().isEmpty())
        problems << Problem{QStringLiteral("interest"),
                            tr("Say what the customer asked about or needs.")};
    if (!estimated || estimated->isNegative())
        problems << Problem{QStringLiteral("estimated"), tr("Funds cannot be negative.")};
    if (record && !customerHasTime)
        problems << Problem{QStringLiteral("customerHasTime"),
                            tr("The information record is for a customer who has time now; "
                               "use the referral form otherwise.")};
    if (!record && customerHasTime && source == QLatin1String("lobby"))
        problems << Problem{QStringLiteral("customerHasTime"),
                            tr("A customer with time meets the manager now: use the "
                               "information record.")};
    if (contactConsent && !MobileNumber::isValid(contactPhone))
        problems << Problem{QStringLiteral("contactPhone"), MobileNumber::problemText()};
    if (!contactConsent && !contactPhone.trimmed().isEmpty())
        problems << Problem{QStringLiteral("contactPhone"),
                            tr("Keep contact details only with the customer's consent.")};
    const QStringList known = DomainTerms::codes(Vocabulary::ReferralCheck);
    for (const QString &check : checks) {
        if (!known.contains(check))
            problems << Problem{QStringLiteral("checks"), tr("Unknown checklist point %1.").arg(check)};
    }
    return problems;
}

QString ReferralForm::title(const QString &kind)
{
    return kind == QLatin1String("record") ? tr("Potential-VIP customer information record")
                                           : tr("Potential-VIP customer referral form");
}

} // namespace bd
