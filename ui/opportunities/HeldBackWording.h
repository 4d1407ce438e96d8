#pragma once

#include "database/opportunities/BranchOpportunityQueries.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

// Why an opportunity did not reach anyone, or why its contact waits, in the branch head's
// words: the contact rules' codes (ContactGate, docs/EVENTS.md) said as the bank says them.
class HeldBackWording
{
    Q_DECLARE_TR_FUNCTIONS(HeldBackWording)

public:
    static QString reason(const QString &code);
    // Every reason of a held one, or the end of the quiet hours a delivered one waits for.
    static QString why(const BranchOpportunity &opportunity);
};

} // namespace bd
