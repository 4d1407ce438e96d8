#pragma once

#include "app/domain/WorkStates.h"
#include "database/calls/CallQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace bd {

// The customer lifecycle (DOMAIN.md section 5): development, growth, maturity, decline,
// termination, decided by the first rule that holds, in that order of severity
// (termination, decline, development, growth, maturity). Rules in docs/CALLS.md.
class LifecycleRules
{
    Q_DECLARE_TR_FUNCTIONS(LifecycleRules)

public:
    struct Verdict
    {
        LifecycleStage stage = LifecycleStage::Development;
        QString reason; // reason code, see reasonLabel()
    };

    static Verdict evaluate(const LifecycleFacts &facts, const QDate &today);
    static QString reasonLabel(const QString &reason); // translated
};

} // namespace bd
