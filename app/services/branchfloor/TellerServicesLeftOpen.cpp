#include "app/services/branchfloor/TellerServicesLeftOpen.h"

#include "app/services/core/AuditTrail.h"
#include "database/branchfloor/FloorRecords.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

namespace bd {

TellerServicesLeftOpen::TellerServicesLeftOpen(Store &store, const Session &session,
                                               FloorClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

Result<int> TellerServicesLeftOpen::closeEarlierDays()
{
    if (!m_session.can(Permission::RunTellerFlow))
        return Error(m_session.refusal(Permission::RunTellerFlow));
    const QDateTime now = m_clock();
    // Today's services may still be continued: only those of days already over are closed.
    const QString today = SqlTime::localDayStart(now.toLocalTime().date());
    FloorRecords records(m_store);
    Transaction transaction(m_store.database());
    const Result<QStringList> open = records.tellerSessionsLeftOpen(m_session.user.id, today);
    if (!open)
        return Error(tr("Earlier counter services could not be read: %1").arg(open.errorString()));
    for (const QString &id : *open) {
        Result<> closed = records.updateTellerSession(
                id, {{QStringLiteral("abandoned_at"), SqlTime::timestamp(now)}});
        if (closed
            && !AuditTrail(m_store).record(&m_session, QStringLiteral("teller_session_abandoned"),
                                           QStringLiteral("teller_session"), id))
            closed = Error(tr("the audit log could not be written"));
        if (!closed)
            return Error(tr("Earlier counter services could not be closed: %1")
                                 .arg(closed.errorString()));
    }
    if (open->isEmpty())
        return 0;
    if (const Result<> committed = transaction.commit(); !committed)
        return Error(tr("Earlier counter services could not be closed: %1")
                             .arg(committed.errorString()));
    return int(open->size());
}

} // namespace bd
