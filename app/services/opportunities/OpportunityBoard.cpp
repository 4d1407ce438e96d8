#include "app/services/opportunities/OpportunityBoard.h"

namespace bd {

OpportunityBoard::OpportunityBoard(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QList<OpenOpportunity>> OpportunityBoard::open() const
{
    // Whoever contacts customers, and the branch head who hands the pool out.
    if (!m_session.can(Permission::LogInteraction) && !m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::LogInteraction));
    return OpportunityQueries(m_store).openFor(StaffId(m_session.user.id),
                                               m_session.user.role == StaffRole::BranchHead);
}

} // namespace bd
