#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"
#include "database/workspaces/WorkspaceRead.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace bd {

struct ReferralLine
{
    QDateTime createdAt; // UTC
    QString customerName;
    QString source; // lobby, teller
    QString form;   // record, referral
    QString referredByName;
    QString referredToName;
    // Empty: the row holds a state this build does not know (a newer version wrote it);
    // the desk says so and offers no move.
    std::optional<ReferralState> status;
    QString reason;
    int checksDone = 0; // of the six must-not-skip points
    QString id;
    CustomerId customerId;
    QString description; // anonymous customer
    QString interest;
    bool escalated = false; // not completed in time: in every manager's queue
    QString referredToId;
    Money converted; // zero until converted
    Money estimated;
    // The last time the lobby logged the customer again while this referral was open (a step
    // from its state to itself, ReferralDesk::noteSeenAgainInTransaction); invalid: never.
    QDateTime seenAgainAt; // UTC
};

// The referral lists the desks show: the lobby's open queue, a wealth manager's inbox and
// badge, the escalated ones for the branch head, what a teller referred today.
// One query each, with bound values only; rows carry stored codes, the UI labels them.
class ReferralLines : public WorkspaceRead
{
public:
    using WorkspaceRead::WorkspaceRead;

    QList<ReferralLine> openReferrals(const QString &branchId) const;
    // A wealth manager's inbox: open referrals to them, unassigned or escalated ones.
    QList<ReferralLine> referralInbox(const QString &managerId, const QString &branchId) const;
    int newReferralCount(const QString &managerId) const; // 'logged' ones: the badge
    QList<ReferralLine> escalatedReferrals(const QString &branchId) const;
    QList<ReferralLine> referralsMadeBy(const QString &staffId, const QDate &day) const;
};

} // namespace bd
