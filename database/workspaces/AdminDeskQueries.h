#pragma once

#include "database/workspaces/WorkspaceRead.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace bd {

struct AuditLine
{
    qint64 seq = 0;
    QDateTime occurredAt; // UTC
    QString actorName;
    QString action;
    QString entity;
};

struct StoreFigures
{
    int schemaVersion = 0;
    qint64 fileBytes = 0;
    int pendingChanges = 0; // sync outbox entries not yet pushed
    int auditEntries = 0;
};

// What the administrator's desk shows: the file's figures and the latest audit entries.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class AdminDeskQueries : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    StoreFigures storeFigures() const;
    QList<AuditLine> latestAudit(int limit = 50) const;
};

} // namespace bd
