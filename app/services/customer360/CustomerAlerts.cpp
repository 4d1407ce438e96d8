#include "app/services/customer360/CustomerAlerts.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

#include <QSet>

namespace bd {

namespace {
QString money(Money amount)
{
    return amount.toDisplayString();
}

// The next birthday on or after today (29 February falls on 1 March in common years).
QDate nextBirthday(const QDate &birth, const QDate &today)
{
    for (int year = today.year(); year <= today.year() + 1; ++year) {
        QDate day(year, birth.month(), birth.day());
        if (!day.isValid())
            day = QDate(year, 3, 1);
        if (day >= today)
            return day;
    }
    return {};
}
} // namespace

QString CustomerAlerts::code(Kind kind)
{
    switch (kind) {
    case Kind::LargeOutflow: return QStringLiteral("large_outflow");
    case Kind::JustUnderTier: return QStringLiteral("just_under_tier");
    case Kind::RecentlyDowngraded: return QStringLiteral("recently_downgraded");
    case Kind::MaturityApproaching: return QStringLiteral("maturity_approaching");
    case Kind::BirthdayApproaching: return QStringLiteral("birthday_approaching");
    case Kind::SingleProduct: return QStringLiteral("single_product");
    case Kind::CareStepDue: return QStringLiteral("care_step_due");
    }
    return {};
}

QList<CustomerAlerts::Alert> CustomerAlerts::evaluate(const Facts &facts)
{
    QList<Alert> alerts;

    // Churn warning: a large outflow in absolute terms or against the customer's assets.
    const qint64 base = (facts.aum + facts.outflow30Days).fen();
    const qint64 outflow = facts.outflow30Days.fen();
    if (facts.outflow30Days >= kLargeOutflow
        || (outflow >= kLargeOutflow.fen() / 5 && base > 0
            && outflow * 100 >= base * kLargeOutflowPercentOfAum)) {
        alerts << Alert{Kind::LargeOutflow,
                        tr("%1 left in the last 30 days (withdrawals and transfers out): "
                           "call to retain.")
                                .arg(money(facts.outflow30Days))};
    }

    // Just under the next tier.
    const CustomerTier tier = Tiers::forAum(facts.aum);
    if (tier != CustomerTier::Diamond) {
        const auto next = CustomerTier(int(tier) + 1);
        const Money threshold = Tiers::threshold(next);
        if (facts.aum.fen() * 100 >= threshold.fen() * (100 - kJustUnderPercent)) {
            alerts << Alert{Kind::JustUnderTier,
                            tr("%1 short of %2 (threshold %3).")
                                    .arg(money(threshold - facts.aum), Tiers::label(next),
                                         money(threshold))};
        }
    }

    // Recently downgraded.
    if (facts.previousTier && facts.tierChangedOn.isValid() && *facts.previousTier > facts.tier
        && facts.tierChangedOn.daysTo(facts.today) <= kDowngradeDays
        && facts.tierChangedOn <= facts.today) {
        alerts << Alert{Kind::RecentlyDowngraded,
                        tr("Downgraded from %1 to %2 on %3: win back.")
                                .arg(Tiers::label(*facts.previousTier), Tiers::label(facts.tier),
                                     QLocale().toString(facts.tierChangedOn, QLocale::ShortFormat))};
    }

    // Maturities approaching: the first one, and how much in total.
    Money maturing;
    QDate first;
    int count = 0;
    for (const HoldingRow &holding : facts.holdings) {
        if (!holding.maturityDate.isValid() || holding.maturityDate < facts.today
            || facts.today.daysTo(holding.maturityDate) > kMaturityDays)
            continue;
        maturing += holding.amount;
        ++count;
        if (!first.isValid() || holding.maturityDate < first)
            first = holding.maturityDate;
    }
    if (count > 0) {
        alerts << Alert{Kind::MaturityApproaching,
                        tr("%n product(s) worth %1 mature within %2 days, the first on %3: "
                           "plan the take-over.", nullptr, count)
                                .arg(money(maturing))
                                .arg(kMaturityDays)
                                .arg(QLocale().toString(first, QLocale::ShortFormat))};
    }

    // Birthday approaching.
    if (facts.birthDate.isValid()) {
        const QDate birthday = nextBirthday(facts.birthDate, facts.today);
        const qint64 days = facts.today.daysTo(birthday);
        if (birthday.isValid() && days <= kBirthdayDays) {
            alerts << Alert{Kind::BirthdayApproaching,
                            days == 0 ? tr("Birthday today (%1 years).")
                                                .arg(birthday.year() - facts.birthDate.year())
                                      : tr("Birthday in %n day(s), on %1 (%2 years).", nullptr,
                                           int(days))
                                                .arg(QLocale().toString(birthday, QLocale::ShortFormat))
                                                .arg(birthday.year() - facts.birthDate.year())};
        }
    }

    // Single-product holders churn easily (loans are not a configuration).
    QSet<QString> families;
    for (const HoldingRow &holding : facts.holdings) {
        if (holding.productFamily != QLatin1String("loan"))
            families.insert(holding.productFamily);
    }
    if (families.size() == 1) {
        alerts << Alert{Kind::SingleProduct,
                        tr("Holds only %1: offer a second product family.")
                                .arg(DomainTerms::label(Vocabulary::ProductFamily,
                                                        *families.cbegin()))};
    }

    // New-customer 90-day care flow: a step due within a week, or overdue.
    static const QStringList careFlow = {QStringLiteral("welcome_day0"),
                                         QStringLiteral("care_sms_2w"),
                                         QStringLiteral("kyc_90d")};
    for (const CareStep &step : facts.openCareSteps) {
        if (!careFlow.contains(step.kind) || !step.dueOn.isValid()
            || facts.today.daysTo(step.dueOn) > kCareDueDays)
            continue;
        const QString label = DomainTerms::label(Vocabulary::CareTaskKind, step.kind);
        alerts << Alert{Kind::CareStepDue,
                        step.dueOn < facts.today
                                ? tr("Care step \"%1\" overdue since %2.")
                                          .arg(label, QLocale().toString(step.dueOn, QLocale::ShortFormat))
                                : tr("Care step \"%1\" due on %2.")
                                          .arg(label, QLocale().toString(step.dueOn, QLocale::ShortFormat))};
        break; // one care alert: the earliest step
    }
    return alerts;
}

} // namespace bd
