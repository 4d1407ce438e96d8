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

struct LobbyVisitLine
{
    QDateTime enteredAt; // UTC
    QString ticketNo;
    QString customerName; // empty for anonymous walk-ins
    QString description;
    QString valueClass; // vip, potential_vip, ordinary
    QString moment;     // entering, consulting, waiting
    QString businessType;
    QString route;
};

struct ValueClassCounts
{
    int vip = 0;
    int potentialVip = 0;
    int ordinary = 0;
};

// What the lobby manager's desk shows: the day's walk-ins and their value classes.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class LobbyDeskQueries : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    QList<LobbyVisitLine> lobbyVisits(const QString &branchId, const QDate &day) const;
    ValueClassCounts visitCounts(const QString &branchId, const QDate &day) const;
};

} // namespace bd
