#include "app/services/offers/OfferEngine.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/services/suitability/RiskRating.h"
#include "app/services/suitability/SuitabilityGate.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace bd {

QStringList Offer::reasonCodes() const
{
    QStringList codes;
    for (const OfferReason &reason : reasons)
        codes << reason.code;
    return codes;
}

QString Offer::summary() const
{
    QStringList texts;
    for (const OfferReason &reason : reasons)
        texts << reason.text;
    return texts.join(QStringLiteral("; "));
}

namespace {
using Engine = OfferEngine;

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString familyLabel(const QString &family)
{
    return DomainTerms::label(Vocabulary::ProductFamily, family);
}

// Families a maturing or arriving sum is taken over by: what keeps money at the bank.
bool takesOverMoney(const ShelfProduct &product)
{
    static const QSet<QString> families { QStringLiteral("deposit"),   QStringLiteral("wealth"),
                                          QStringLiteral("bond"),      QStringLiteral("fund"),
                                          QStringLiteral("insurance"), QStringLiteral("trust") };
    return families.contains(product.family);
}

// The stated needs (KYC and tags) a product fits, as labels of the tags it fits.
QStringList needsFitted(const OfferFacts &facts, const ShelfProduct &p)
{
    QStringList fitted;
    for (const CustomerInterest &interest : facts.interests) {
        const QString &v = interest.value;
        bool fits = false;
        if (interest.category == QLatin1String("service_need")) {
            if (v.contains(QStringLiteral("安全")) || v.contains(QLatin1String("safety")))
                fits = p.risk <= 2;
            else if (v.contains(QStringLiteral("流动")) || v.contains(QLatin1String("liquid")))
                fits = p.termMonths <= 3;
            else if (v.contains(QStringLiteral("收益")) || v.contains(QLatin1String("return")))
                fits = p.risk >= 3 || p.rateBp >= 280;
        } else if (interest.category == QLatin1String("expected_return")) {
            if (v.contains(QStringLiteral("固定")) || v.contains(QLatin1String("fixed")))
                fits = p.family == QLatin1String("deposit") || p.family == QLatin1String("bond")
                        || (p.family == QLatin1String("wealth") && p.risk <= 2);
            else if (v.contains(QStringLiteral("浮动")) || v.contains(QLatin1String("floating")))
                fits = p.family == QLatin1String("fund")
                        || (p.family == QLatin1String("wealth") && p.risk >= 2);
            else
                fits = p.risk >= 3;
        } else if (interest.category == QLatin1String("horizon")) {
            if (v.contains(QStringLiteral("3年以内")) || v.contains(QLatin1String("short")))
                fits = p.termMonths > 0 && p.termMonths <= 36;
            else
                fits = p.termMonths >= 36 || p.family == QLatin1String("insurance");
        } else if (interest.category == QLatin1String("return_preference")) {
            if (v.contains(QStringLiteral("稳健")) || v.contains(QLatin1String("steady")))
                fits = p.risk <= 2;
            else
                fits = p.risk >= 3;
        }
        if (fits && !fitted.contains(v))
            fitted << v;
    }
    return fitted;
}

// The reasons one product gets; empty when it has none.
QList<OfferReason> reasonsFor(const Engine::Input &in, const ShelfProduct &p,
                              const QSet<QString> &familiesHeld)
{
    QList<OfferReason> reasons;
    const OfferFacts &f = in.facts;
    auto add = [&reasons](const char *code, int points, const QString &text) {
        reasons.append({ QString::fromLatin1(code), points, text });
    };

    // Money arriving: a maturity or an expected sum within a month, large enough to buy it.
    if (takesOverMoney(p)) {
        const HeldProduct *maturing = nullptr;
        for (const HeldProduct &held : f.holdings) {
            if (held.maturity.isValid() && held.family != QLatin1String("loan")
                && in.today.daysTo(held.maturity) >= -Engine::kMoneyDaysBack
                && in.today.daysTo(held.maturity) <= Engine::kMoneyDaysAhead
                && held.amount >= p.minimum && (!maturing || held.amount > maturing->amount))
                maturing = &held;
        }
        if (maturing)
            add("maturity", maturing->family == p.family ? 55 : 40,
                OfferEngine::tr("%1 of %2 matures on %3: keep it with us")
                        .arg(maturing->amount.toDisplayString(), maturing->name,
                             day(maturing->maturity)));
        const ExpectedMoney *arriving = nullptr;
        for (const ExpectedMoney &money : f.arrivals) {
            if (money.source != QLatin1String("maturity") && money.amount >= p.minimum
                && in.today.daysTo(money.on) >= -Engine::kMoneyDaysBack
                && in.today.daysTo(money.on) <= Engine::kMoneyDaysAhead
                && (!arriving || money.amount > arriving->amount))
                arriving = &money;
        }
        if (arriving)
            add("money_arriving", 35,
                OfferEngine::tr("%1 arriving on %2 (%3)")
                        .arg(arriving->amount.toDisplayString(), day(arriving->on),
                             DomainTerms::label(Vocabulary::FundArrivalSource, arriving->source)));
    }

    // Interests the customer stated at KYC or in their own words, and browsing.
    bool interestFound = false;
    for (const CustomerInterest &interest : f.interests) {
        // voice_interest: a customer-voice finding a person confirmed (docs/VOICE.md).
        const bool heard = interest.category == QLatin1String("voice_interest");
        if ((!heard && interest.category != QLatin1String("product_interest")) || interestFound
            || Engine::familyNamed(interest.value) != p.family)
            continue;
        interestFound = true;
        if (interest.source == QLatin1String("kyc"))
            add("interest", 25,
                OfferEngine::tr("said at KYC: interested in %1").arg(interest.value));
        else if (heard || interest.source == QLatin1String("observed")
                 || interest.source == QLatin1String("voice"))
            add("voice", 25,
                OfferEngine::tr("in the customer's own words: interested in %1")
                        .arg(interest.value));
        else
            add("interest", 20, OfferEngine::tr("tagged as interested in %1").arg(interest.value));
    }
    for (auto it = f.browsed.cbegin(); it != f.browsed.cend(); ++it) {
        if (Engine::familyNamed(it.key()) == p.family) {
            const qint64 ago = it.value().daysTo(in.today);
            add("browsed", ago <= 14 ? 20 : 12,
                OfferEngine::tr("looked at %1 in mobile banking %n day(s) ago", nullptr, int(ago))
                        .arg(familyLabel(p.family)));
        }
    }
    const QStringList needs = needsFitted(f, p);
    if (!needs.isEmpty())
        add("needs", std::min<int>(20, 8 * int(needs.size())),
            OfferEngine::tr("fits what the customer wants: %1")
                    .arg(needs.join(QStringLiteral(", "))));

    // New money that lifts the customer, or the household, to the next tier.
    auto reach = [&](Money aum) -> std::optional<std::pair<CustomerTier, Money>> {
        const CustomerTier tier = Tiers::forAum(aum);
        if (tier == CustomerTier::Diamond)
            return std::nullopt;
        const CustomerTier next = CustomerTier(int(tier) + 1);
        const Money gap = Tiers::threshold(next) - aum;
        if (gap.fen() * 100 > Tiers::threshold(next).fen() * Engine::kTierReachPercent
            || p.minimum > gap)
            return std::nullopt;
        return std::make_pair(next, gap);
    };
    if (const auto gap = reach(f.customer.aum))
        add("tier_distance", 15,
            OfferEngine::tr("%1 more makes the customer %2")
                    .arg(gap->second.toDisplayString(), Tiers::label(gap->first)));
    if (f.household.members >= 2) {
        if (const auto gap = reach(f.household.aum))
            add("household_distance", 12,
                OfferEngine::tr("the household is %1 short of %2")
                        .arg(gap->second.toDisplayString(), Tiers::label(gap->first)));
    }

    // What similar customers of the branch hold.
    if (in.peers.customers >= Engine::kPeerMinimum) {
        const int share = 100 * in.peers.holders.value(p.code) / in.peers.customers;
        if (share >= Engine::kPeerShareMinimum)
            add("peers", std::min(15, share / 3),
                OfferEngine::tr("%1% of similar customers here (%2, %3) hold it")
                        .arg(share)
                        .arg(Tiers::label(Tiers::fromCode(f.customer.tier)),
                             RiskRating::customerCode(f.customer.riskLevel)));
    }
    // Single-family holders leave easily: a second family keeps them.
    if (!reasons.isEmpty() && familiesHeld.size() <= 1 && !familiesHeld.contains(p.family))
        add("new_family", 10,
            OfferEngine::tr("a second product family (holds only %1)")
                    .arg(familiesHeld.isEmpty() ? OfferEngine::tr("a current account")
                                                : familyLabel(*familiesHeld.cbegin())));
    std::stable_sort(
            reasons.begin(), reasons.end(),
            [](const OfferReason &a, const OfferReason &b) { return a.points > b.points; });
    return reasons;
}
} // namespace

QString OfferEngine::familyNamed(const QString &text)
{
    static const QList<std::pair<QString, QString>> words
            = { { QStringLiteral("理财"), QStringLiteral("wealth") },
                { QStringLiteral("wealth"), QStringLiteral("wealth") },
                { QStringLiteral("保险"), QStringLiteral("insurance") },
                { QStringLiteral("insurance"), QStringLiteral("insurance") },
                { QStringLiteral("基金"), QStringLiteral("fund") },
                { QStringLiteral("fund"), QStringLiteral("fund") },
                { QStringLiteral("贵金属"), QStringLiteral("precious_metal") },
                { QStringLiteral("黄金"), QStringLiteral("precious_metal") },
                { QStringLiteral("precious_metal"), QStringLiteral("precious_metal") },
                { QStringLiteral("国债"), QStringLiteral("bond") },
                { QStringLiteral("bond"), QStringLiteral("bond") },
                { QStringLiteral("信托"), QStringLiteral("trust") },
                { QStringLiteral("trust"), QStringLiteral("trust") },
                { QStringLiteral("存款"), QStringLiteral("deposit") },
                { QStringLiteral("存单"), QStringLiteral("deposit") } };
    for (const auto &[word, family] : words) {
        if (text.contains(word, Qt::CaseInsensitive))
            return family;
    }
    return {};
}

QString OfferEngine::heldBack(const CustomerSuitability &customer, const QDate &today)
{
    if (customer.erased)
        return tr("The customer's personal data was erased.");
    if (customer.riskLevel < RiskRating::kLowest || !customer.assessedOn.isValid())
        return tr("No risk assessment on file: assess the customer's risk tolerance (KYC) "
                  "before offering products.");
    if (today > SuitabilityGate::assessmentValidUntil(customer.assessedOn))
        return tr("The risk assessment of %1 is older than %n month(s): assess again before "
                  "offering products.",
                  nullptr, SuitabilityGate::kAssessmentMonths)
                .arg(day(customer.assessedOn));
    return {};
}

bool OfferEngine::isResting(const OfferFacts &facts, const QString &productCode,
                            const OfferSettings &settings, const QDate &today)
{
    for (const PastOffer &past : facts.pastOffers) {
        if (past.productCode != productCode)
            continue;
        const qint64 ago = past.at.toLocalTime().date().daysTo(today);
        if (past.response == QLatin1String("declined") && ago < settings.declineRestDays)
            return true;
        if (past.response == QLatin1String("not_now") && ago < settings.notNowRestDays)
            return true;
        if ((past.response == QLatin1String("accepted") || past.response == QLatin1String("sold"))
            && ago < kAcceptedRestDays)
            return true;
    }
    return false;
}

QList<Offer> OfferEngine::offersFor(const Input &input)
{
    const OfferFacts &facts = input.facts;
    if (!heldBack(facts.customer, input.today).isEmpty())
        return {};
    QSet<QString> held;
    QSet<QString> familiesHeld;
    Money affordable = facts.customer.aum;
    for (const HeldProduct &product : facts.holdings) {
        held.insert(product.code);
        if (product.family != QLatin1String("loan") && product.code != QLatin1String("DP-CUR"))
            familiesHeld.insert(product.family);
    }
    for (const ExpectedMoney &money : facts.arrivals) {
        if (money.source != QLatin1String("maturity"))
            affordable += money.amount;
    }

    QList<Offer> candidates;
    for (const ShelfProduct &product : input.shelf.products()) {
        if (product.family == QLatin1String("loan") || held.contains(product.code)
            || !product.onSaleOn(input.today) || product.minimum > affordable
            || isResting(facts, product.code, input.settings, input.today))
            continue;
        // The gate as the customer stands; the extra step for the elderly is never assumed,
        // and a recording is made when the offer is recorded (the offer says it needs one).
        SuitabilityGate::Request request;
        request.recordingReference = QStringLiteral("-");
        if (!SuitabilityGate::check(facts.customer, product, request, input.today).allowed())
            continue;
        Offer offer;
        offer.product = product;
        offer.reasons = reasonsFor(input, product, familiesHeld);
        for (const OfferReason &reason : std::as_const(offer.reasons))
            offer.score += reason.points;
        if (offer.score >= kMinimumScore)
            candidates << offer;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Offer &a, const Offer &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.product.risk != b.product.risk)
            return a.product.risk < b.product.risk;
        return a.product.code < b.product.code;
    });
    QList<Offer> chosen;
    QSet<QString> families;
    for (const Offer &offer : std::as_const(candidates)) {
        if (families.contains(offer.product.family))
            continue;
        families.insert(offer.product.family);
        chosen << offer;
        if (chosen.size() == kMaxOffers)
            break;
    }
    return chosen;
}

} // namespace bd
