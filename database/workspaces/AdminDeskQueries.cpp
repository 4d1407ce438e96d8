#include "database/workspaces/AdminDeskQueries.h"

#include "app/domain/CustomerTier.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

StoreFigures AdminDeskQueries::storeFigures() const
{
    StoreFigures figures;
    figures.schemaVersion = m_store.schemaVersion();
    figures.fileBytes = QFileInfo(m_store.path()).size()
            + QFileInfo(m_store.path() + QLatin1String("-wal")).size();
    figures.pendingChanges = count(
            QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL"), {});
    figures.auditEntries = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"), {});
    return figures;
}

QList<AuditLine> AdminDeskQueries::latestAudit(int limit) const
{
    QList<AuditLine> lines;
    run(QStringLiteral("SELECT seq, occurred_at, actor_name, action, entity FROM audit_log "
                       "ORDER BY seq DESC LIMIT ?"),
        {limit}, [&](const SqlQuery &q) {
            lines.append({q.value(0).toLongLong(),
                          SqlTime::parseTimestamp(q.value(1).toString()), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()});
        });
    return lines;
}

} // namespace bd
