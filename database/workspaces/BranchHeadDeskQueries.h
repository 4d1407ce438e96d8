#pragma once

#include "app/domain/Money.h"
#include "database/workspaces/WorkspaceRead.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace bd {

struct StaffFigureLine
{
    QString username;
    QString displayName;
    QString role;
    int customersOwned = 0;
    int openCallTasks = 0;
    int openReferrals = 0; // referred to this person, still open
};

struct BranchFigures
{
    int customers = 0;
    Money aum;
    int vipCustomers = 0;
    int openReferrals = 0;
    int visitsToday = 0;
};

// What the branch head's desk shows: the figures of the branch and of each member of staff.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class BranchHeadDeskQueries : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    QList<StaffFigureLine> staffFigures(const QString &branchId) const;
    BranchFigures branchFigures(const QString &branchId, const QDate &day) const;
    QMap<QString, int> customersPerTier(const QString &branchId) const; // tier code -> count
};

} // namespace bd
