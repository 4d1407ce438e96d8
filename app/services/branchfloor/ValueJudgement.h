#pragma once

#include "app/domain/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd {

// Suggests a value class (vip, potential_vip, ordinary) for a walk-in from the signals the
// lobby manager observed (at any moment of the visit) and, for a known customer, the AUM,
// the tier and the money maturing soon. It
// names the inputs that drove the suggestion; the manager confirms or overrides it. Every
// reason supports the suggested class; what points the other way is listed as "against"
// (a silver AUM or one strong sign under an ordinary suggestion), never as a reason.
class ValueJudgement
{
    Q_DECLARE_TR_FUNCTIONS(ValueJudgement)

public:
    static constexpr int kPotentialScore = 3; // signal points that make a potential VIP
    static constexpr int kDueDays = 30;       // holdings due this soon are money freeing up

    struct Input
    {
        QString moment;        // entering, consulting, waiting
        QStringList observed;  // LobbySignal codes
        bool knownCustomer = false;
        Money aum;
        QString tier;          // CustomerTier code of a known customer
        Money maturingSoon;    // a known customer's holdings due within kDueDays
    };
    struct Suggestion
    {
        QString valueClass;
        int score = 0;        // signal points
        QStringList drivers;  // codes: "tier:gold", "aum", "maturing", "signal:<code>"
        QStringList reasons;  // translated: what supports valueClass
        QStringList against;  // translated: what speaks against valueClass
    };

    static Suggestion suggest(const Input &input);
    static int weightOf(const QString &signal); // 0, 1 or 2 points
    // An override of the suggestion needs a reason; a confirmation does not.
    static bool needsReason(const QString &suggested, const QString &chosen);
};

} // namespace bd
