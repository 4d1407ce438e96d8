#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/opportunities/OpportunityQueries.h"


namespace bd {

class Store;

// What the rules found for the person signed in (docs/EVENTS.md): the opportunities the
// server delivered to them through sync, earliest deadline first. A branch head also sees
// those for the branch head (complaints) and the branch pool (customers with no manager).
class OpportunityBoard
{
public:
    OpportunityBoard(Store &store, const Session &session);

    Result<QList<OpenOpportunity>> open() const;

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
