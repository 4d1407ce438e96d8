#include "app/server/SignedInStaff.h"

#include "app/server/DeskAccounts.h"

namespace bd {

bool SignedInStaff::is(const QString &staffId) const
{
    if (staffId.isEmpty())
        return false;
    const QString logged
            = m_field(QStringLiteral("staff_user"), staffId, QStringLiteral("username"));
    if (!logged.isEmpty())
        return logged == m_caller.username;
    const Result<bool> known = DeskAccounts(m_database)
                                       .knownInBranch(m_caller.branchId, m_caller.username,
                                                      staffId);
    m_unread = m_unread || !known;
    return known.valueOr(false);
}

} // namespace bd
