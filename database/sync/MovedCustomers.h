#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

class Store;

// Customers now kept by another branch (docs/SYNC_PROTOCOL.md, "Moving a customer") leave
// this workstation with everything that hangs off them: rows that must have a customer go,
// optional links are cleared (the branch's own lobby visits, referrals and counter services
// stay). Local copies only: nothing is recorded for sync, the customer lives on at its new
// branch. A customer this workstation moved itself stays until the copies of its rows are
// with the server: if the server refused them, nothing is lost here. What went is
// remembered (sync_moved_away, migration 27), and what waited of it here (HeldChanges)
// goes with it: a late change of the customer belongs to the new branch.
class MovedCustomers
{
    Q_DECLARE_TR_FUNCTIONS(MovedCustomers)

public:
    explicit MovedCustomers(Store &store);

    // The customers here that `ownBranchId` no longer keeps.
    QList<CustomerId> awayFrom(const QString &ownBranchId) const;
    // Removes them, in one transaction; how many went.
    Result<int> removeAwayFrom(const QString &ownBranchId);
    // Whether `change` is of a customer dropped here, or of a row dropped with them (a KYC
    // answer names its interview), while the customer is not here again: it will never
    // find its row here, so it is not held.
    bool followedThemAway(const SyncChange &change) const;
    // A change of a row that stays with this branch (a referral, a lobby visit: its links to
    // them are optional) naming customers dropped here, or rows dropped with them: the change
    // as it is kept here, without those links, as the copies that had the customer when it
    // came keep theirs. Nothing if it is of them (its row, or a link that must name them),
    // or if it names none of them.
    std::optional<SyncChange> staysWithoutThem(const SyncChange &change) const;
    // A change let go as one of a customer dropped here whose row must have them (an
    // interview pulled after the drop): its row is remembered as dropped with them, so that
    // what names it later (the interview's answers) is let go too, and what already waits
    // here naming it goes now. Otherwise such an answer waits for good (open item 9).
    Result<> rememberWithThem(const SyncChange &change);
    // Customers this workstation never had, of whom it holds a change saying they are kept by
    // another branch (after a restore, the old branch's log can hold a customer's edits and
    // move but not their insert, which went to the new branch): their held changes go as
    // those of a customer dropped here do, and a held row that stays with this branch (a
    // referral) loses its link to them, as the workstations that had them keep theirs. Run
    // inside the pull's transaction; true if a held row may now apply.
    Result<bool> settleHeldOfCustomersElsewhere(const QString &ownBranchId);

private:
    QStringList removalStatements() const;
    // Which of `ids` were dropped here (sync_moved_away) with a customer not here again.
    QSet<QString> droppedAmong(const QStringList &ids) const;

    Store &m_store;
};

} // namespace bd
