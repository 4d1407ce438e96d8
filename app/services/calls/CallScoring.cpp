#include "app/services/calls/CallScoring.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/kyc/KycFields.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cstdlib>

namespace bd {

namespace {
constexpr Money k50Wan = Money::fromYuan(500000);
constexpr Money k5Wan = Money::fromYuan(50000);
} // namespace

int CallScoring::kycPercent(int fieldsKnown)
{
    const auto fields = int(KycFields::all().size());
    return fields > 0 ? std::clamp(100 * fieldsKnown / fields, 0, 100) : 0;
}

QString CallScoring::Score::summary() const
{
    QStringList texts;
    for (const Reason &reason : reasons)
        texts << reason.text;
    return texts.join(QStringLiteral("; "));
}

CallScoring::Score CallScoring::score(const Input &input, const QDate &today)
{
    Score result;
    const CallRankingFacts &f = input.facts;
    auto add = [&](const char *code, int points, const QString &text) {
        result.reasons.append({QString::fromLatin1(code), points, text});
        result.points += points;
    };
    const QLocale locale;

    // Money arriving: the sooner, the easier (taking over maturing funds).
    if (f.moneyOn.isValid()) {
        const qint64 days = today.daysTo(f.moneyOn);
        const QString amount = f.money.toDisplayString();
        if (days >= -7 && days <= 7)
            add("money_soon", 40, days < 0 ? tr("%1 became free %n day(s) ago", nullptr, int(-days)).arg(amount)
                                           : tr("%1 arriving in %n day(s)", nullptr, int(days)).arg(amount));
        else if (days > 7 && days <= 30)
            add("money_month", 25, tr("%1 arriving in %n day(s)", nullptr, int(days)).arg(amount));
        if (days >= -7 && days <= 30 && f.money >= k50Wan)
            add("money_large", 10, tr("large amount (CNY 500,000 or more)"));
        else if (days >= -7 && days <= 30 && f.money >= k5Wan)
            add("money_medium", 5, tr("amount of CNY 50,000 or more"));
    }

    // Interest signals: browsing in mobile banking, consultations.
    if (!f.browsedOn.isEmpty()) {
        QDate latest;
        QStringList kinds;
        for (auto it = f.browsedOn.cbegin(); it != f.browsedOn.cend(); ++it) {
            latest = std::max(latest, it.value());
            kinds << DomainTerms::label(Vocabulary::EventKind, it.key());
        }
        const qint64 ago = latest.daysTo(today);
        int points = ago <= 14 ? 20 : 10;
        points += 5 * std::min<int>(2, int(f.browsedOn.size()) - 1);
        add("browsed", points, tr("%1 (%n day(s) ago)", nullptr, int(ago)).arg(kinds.join(QStringLiteral(", "))));
    }
    if (f.consultedOn.isValid()) {
        const qint64 ago = f.consultedOn.daysTo(today);
        add("consulted", ago <= 7 ? 25 : 20, tr("consulted %n day(s) ago", nullptr, int(ago)));
    }

    // Intent at the last contact (within 90 days).
    // No default: a new outcome does not build without saying what intent it shows.
    if (f.lastOutcome && f.lastOutcomeOn.isValid() && f.lastOutcomeOn.daysTo(today) <= 90) {
        const QString said = tr("last contact: %1").arg(DomainTerms::label(*f.lastOutcome));
        switch (*f.lastOutcome) {
        case ContactOutcome::Appointment: add("intent_appointment", 35, said); break;
        case ContactOutcome::Interested: add("intent_interested", 30, said); break;
        case ContactOutcome::Considering: add("intent_considering", 15, said); break;
        case ContactOutcome::Refused: add("intent_refused", -40, said); break;
        case ContactOutcome::Purchased:
        case ContactOutcome::Unreachable: break; // no intent to read
        }
    }
    // A follow-up agreed at a contact counts once its day has come (a retry later the same
    // day is not a follow-up: the recency penalty still holds).
    if (f.followUpOn.isValid() && f.followUpOn <= today
        && (!f.lastContactOn.isValid() || f.followUpOn > f.lastContactOn))
        add("follow_up_due", 20, tr("follow-up due %1").arg(locale.toString(f.followUpOn, QLocale::ShortFormat)));

    // What we know: a complete KYC makes a fitting recommendation possible.
    const int kyc = std::clamp(input.kycPercent, 0, 100);
    if (kyc > 0)
        add("kyc_known", kyc * 15 / 100, tr("KYC %1% known").arg(kyc));

    // A household close to the next tier (issue #20): the family's money moves together.
    if (f.householdMembers >= 2) {
        const Money household = f.householdAum;
        const CustomerTier tier = Tiers::forAum(household);
        if (tier != CustomerTier::Diamond) {
            const CustomerTier next = CustomerTier(int(tier) + 1);
            const Money gap = Tiers::threshold(next) - household;
            if (gap.fen() * 5 <= Tiers::threshold(next).fen())
                add("household_near_tier", 15, tr("the household is %1 short of %2")
                                                       .arg(gap.toDisplayString(), Tiers::label(next)));
        }
    }

    // Care steps due.
    if (!input.careKind.isEmpty()) {
        static const QHash<QString, int> base{{QStringLiteral("welcome_day0"), 50},
                                              {QStringLiteral("retention"), 40},
                                              {QStringLiteral("maturity"), 35},
                                              {QStringLiteral("birthday"), 30},
                                              {QStringLiteral("care_sms_2w"), 20},
                                              {QStringLiteral("kyc_90d"), 20}};
        add("care_due", base.value(input.careKind, 20),
            tr("care step: %1").arg(DomainTerms::label(Vocabulary::CareTaskKind, input.careKind)));
        if (input.careDueOn.isValid() && input.careDueOn < today)
            add("care_overdue", 10, tr("overdue since %1").arg(locale.toString(input.careDueOn, QLocale::ShortFormat)));
    }

    // Not contacted too recently: nobody likes a second call the same week.
    if (f.lastContactOn.isValid()) {
        const qint64 ago = f.lastContactOn.daysTo(today);
        if (ago <= 0)
            add("contacted_recently", -40, tr("contacted today"));
        else if (ago <= 2)
            add("contacted_recently", -40, tr("contacted %n day(s) ago", nullptr, int(ago)));
        else if (ago <= 7)
            add("contacted_this_week", -20, tr("contacted %n day(s) ago", nullptr, int(ago)));
        else if (ago <= 14)
            add("contacted_fortnight", -10, tr("contacted %n day(s) ago", nullptr, int(ago)));
    }
    if (input.doNotContact)
        add("do_not_contact", -1000, tr("DO NOT CONTACT"));

    std::stable_sort(result.reasons.begin(), result.reasons.end(),
                     [](const Reason &a, const Reason &b) { return std::abs(a.points) > std::abs(b.points); });
    return result;
}

} // namespace bd
