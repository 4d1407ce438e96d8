#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace bd {

class Store;

// Pulled changes waiting for their row or its parent (sync_held_change, migration 26). The
// server's log is not always in the order the rows were made: after a restore, edits made
// meanwhile are numbered before the re-sent insert of their row (issue 13, fault run
// defect 2). Such a change is held, not set aside for good: PulledBatch applies what is
// held again after each batch, in stamp order, so that every workstation ends with the same
// rows whatever order the changes came in (field clocks decide between values as always).
class HeldChanges
{
public:
    explicit HeldChanges(Store &store);

    // A failure that only says the row or a row it points to is not here (yet).
    static bool waitsForARow(const QString &reason);
    // Whether the change is of one of `rows` (row ids) or a field of it holds one of them:
    // only then can their arrival let it apply.
    static bool namesAnyOf(const SyncChange &change, const QSet<QString> &rows);

    // Not held (and let go if it was) when it is of a customer who moved away from here
    // (MovedCustomers::followedThemAway); a row that stays with the branch is held without
    // its link to them (MovedCustomers::staysWithoutThem), and may apply at once.
    Result<> hold(const SyncChange &change, const QString &reason);
    // Whether a change held by this object lost a link to a customer moved away: the held
    // changes are worth trying again although no row came.
    bool heldWithoutLinks() const { return m_unlinked; }
    Result<> release(const QString &changeId);
    // A new server epoch: the fresh download brings again whatever the log still holds.
    Result<> forgetAll();
    // An erasure: what waits of the customer (its rows, or naming it) must not bring erased
    // data back when it applies, nor keep it sealed here meanwhile. A change of a table in
    // `erasedValues` (table -> column -> erased value) keeps waiting with those columns
    // blanked: its row is on every copy that had its parent, so it must still arrive here
    // (a KYC tag waiting for its catalogue entry); any other change of the customer goes.
    Result<> forgetCustomer(const CustomerId &customerId,
                            const QHash<QString, QJsonObject> &erasedValues = {});
    // Those that can be opened now (a locked data key keeps sealed ones held); with
    // `tables`, only those of these tables.
    Result<QList<SyncChange>> waiting(const QStringList &tables = {}) const;
    int count() const;
    // How many have waited since before `when`: a record that has not arrived by then may
    // never come (shown to the administrator by `branchdesk-admin sync`).
    int heldBefore(const QDateTime &when) const;
    static constexpr int kLongWaitDays = 7;

private:
    Store &m_store;
    bool m_unlinked = false;
};

} // namespace bd
