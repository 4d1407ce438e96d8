#include "app/services/branchfloor/ValueJudgement.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"

namespace bd {

int ValueJudgement::weightOf(const QString &signal)
{
    // Strong signs: money is named or shown, premium brands, sustained interest in
    // wealth displays and rate boards. Weak signs: appearance and manner.
    static const QStringList strong{
            QStringLiteral("entering.brands"),           QStringLiteral("entering.wealth_business"),
            QStringLiteral("consulting.sensitive_business"),
            QStringLiteral("consulting.states_amount"),  QStringLiteral("consulting.voucher_amount"),
            QStringLiteral("consulting.corporate"),      QStringLiteral("consulting.maturing_soon"),
            QStringLiteral("waiting.comes_back"),
            QStringLiteral("waiting.reads_closely"),     QStringLiteral("waiting.rate_boards")};
    if (strong.contains(signal))
        return 2;
    if (signal == QLatin1String("waiting.glances_leaves"))
        return 0;
    return DomainTerms::codes(Vocabulary::LobbySignal).contains(signal) ? 1 : 0;
}

ValueJudgement::Suggestion ValueJudgement::suggest(const Input &input)
{
    Suggestion s;
    QStringList upward;   // signs toward a potential VIP, translated
    QStringList downward; // signs away from it (a glance at the boards and gone)
    if (input.knownCustomer) {
        const CustomerTier tier = Tiers::fromCode(input.tier);
        if (Tiers::isVip(tier)) {
            s.valueClass = QStringLiteral("vip");
            s.drivers << QStringLiteral("tier:") + input.tier;
            s.reasons << tr("Known customer of tier %1").arg(Tiers::label(tier));
            return s;
        }
        const Money vipLine = Tiers::threshold(CustomerTier::Gold);
        if (input.aum >= vipLine) {
            s.valueClass = QStringLiteral("vip");
            s.drivers << QStringLiteral("aum");
            s.reasons << tr("AUM %1 reaches the VIP line").arg(input.aum.toDisplayString());
            return s;
        }
        if (input.aum >= Tiers::threshold(CustomerTier::Silver)) {
            s.score += 1;
            s.drivers << QStringLiteral("aum");
            upward << tr("AUM %1: near the VIP line").arg(input.aum.toDisplayString());
        }
        // Money freeing up is what a wealth manager can win; it weighs like a named amount.
        if (input.maturingSoon > Money()) {
            s.score += 2;
            s.drivers << QStringLiteral("maturing");
            upward << tr("%1 maturing within %2 days")
                              .arg(input.maturingSoon.toDisplayString())
                              .arg(kDueDays);
        }
    }
    // Signals of every moment count: what was seen at the door still holds at the counter.
    for (const QString &signal : input.observed) {
        const int weight = weightOf(signal);
        if (weight == 0) {
            if (DomainTerms::codes(Vocabulary::LobbySignal).contains(signal))
                downward << DomainTerms::label(Vocabulary::LobbySignal, signal);
            continue;
        }
        s.score += weight;
        s.drivers << QStringLiteral("signal:") + signal;
        upward << DomainTerms::label(Vocabulary::LobbySignal, signal);
    }
    if (s.score >= kPotentialScore) {
        s.valueClass = QStringLiteral("potential_vip");
        s.reasons = upward;
        s.against = downward;
        return s;
    }
    s.valueClass = QStringLiteral("ordinary");
    if (upward.isEmpty())
        s.reasons << tr("No notable signs");
    else
        s.reasons << tr("Signs worth %1 of the %2 points of a potential VIP")
                             .arg(s.score)
                             .arg(kPotentialScore);
    s.reasons << downward;
    s.against = upward;
    return s;
}

bool ValueJudgement::needsReason(const QString &suggested, const QString &chosen)
{
    return !suggested.isEmpty() && suggested != chosen;
}

} // namespace bd
