#pragma once

#include "app/domain/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd {

// Suggests a value class (vip, potential_vip, ordinary) for a walk-in from the signals the
// lobby manager observed at one moment and, for a known customer, the AUM and tier. It
// names the inputs that drove the suggestion; the manager confirms or overrides it.
class ValueJudgement
{
    Q_DECLARE_TR_FUNCTIONS(ValueJudgement)

public:
    static constexpr int kPotentialScore = 3; // signal points that make a potential VIP

    struct Input
    {
        QString moment;        // entering, consulting, waiting
        QStringList observed;  // LobbySignal codes
        bool knownCustomer = false;
        Money aum;
        QString tier;          // CustomerTier code of a known customer
    };
    struct Suggestion
    {
        QString valueClass;
        int score = 0;        // signal points
        QStringList drivers;  // codes: "tier:gold", "aum", "signal:<code>"
        QStringList reasons;  // translated, one per driver
    };

    static Suggestion suggest(const Input &input);
    static int weightOf(const QString &signal); // 0, 1 or 2 points
    // An override of the suggestion needs a reason; a confirmation does not.
    static bool needsReason(const QString &suggested, const QString &chosen);
};

} // namespace bd
