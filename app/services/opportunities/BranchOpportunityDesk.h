#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/calls/CallQueries.h"
#include "database/opportunities/BranchOpportunityQueries.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bd {

class Store;

// The branch head's opportunity views (issue #17, docs/EVENTS.md): the branch pool to hand
// out, the complaints that are the head's own to recover, the ones the contact rules held
// back (and why) or the quiet hours delay, the escalated ones (past their deadline, whoever
// holds them), and what each rule did. Handing one out is
// audited and reaches the manager's desk through sync.
class BranchOpportunityDesk
{
    Q_DECLARE_TR_FUNCTIONS(BranchOpportunityDesk)

public:
    BranchOpportunityDesk(Store &store, const Session &session);

    struct Board
    {
        QList<BranchOpportunity> pool;
        QList<BranchOpportunity> complaints; // and any other rule for the branch head
        QList<BranchOpportunity> heldBack;   // held, or waiting for the quiet hours to end
        QList<BranchOpportunity> escalated;  // past their deadline, whoever holds them
        QList<StaffChoice> managers;         // who may take one from the pool
    };
    Result<Board> board(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Per rule, since `from` (the dashboard's period).
    Result<QList<RuleFigures>> figuresPerRule(const QDateTime &from) const;
    // Hands a pool opportunity to an active wealth manager of the branch.
    Result<> assign(const OpportunityId &id, const StaffId &manager);

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
