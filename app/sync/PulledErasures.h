#pragma once

#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/PulledBatch.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace bd {

class Store;

// What a pulled batch means for erased customers (issue 13, "Erasure is a synced, final
// operation"), inside the batch's transaction. When another workstation's erasure arrives,
// the customer's personal data is blanked in every other table here too, rows only this
// workstation holds included (CustomerDataSweep::followErasure, whose changes go to the
// server and the other workstations). An edit of an erased customer stamped before the
// erasure - made where the erasure was not yet known - has its personal data blanked again
// wherever it arrives, and is audited ("erased_customer_edit_dropped": which row, which
// workstation, both stamps, never the values). The erasure of a customer moved away from
// here blanks what this workstation still holds of them: its sent payloads, the copies it
// sent to the new branch, conflict values (CustomerDataSweep::followErasureOfMovedAway).
// Following an erasure, the desk blanks (and records) only the tables whose erasure changes
// its role may send (TableWriteRights::maySendErasureOf): the erasure is the eraser's
// change, which the server files and rewrites its log by (LogErasure); the rows a wealth
// manager's, teller's or lobby's desk may not change come blanked with the eraser's
// changes, or, for a row the eraser had not seen, with a branch head's desk's when it pulls
// the row (F32). Before, such a desk recorded an opportunity's blanking and delete, or a
// contact's blanking, that the server refused, and its outbox held them for good.
// An erasure's blanking of a row that names no customer (a KYC answer, a referral's step:
// the blanking carries only the row's id) is not held for a row that is not here: it may
// never come (F33: filed in the old branch's log before the server knew the customer had
// moved), and if it does, the server's log brings it already blanked (LogErasure).
// A change naming a customer dropped here whose erasure is known, stamped before it, blanks
// what this desk keeps of its row in the conflict log and the outbox: the row stayed here
// without its link to them (a referral, F24), so nothing else counts it as theirs (F34).
// A live row of an erased customer in a table whose rows an erasure deletes (opportunity,
// tag, consent record, ...) is blanked and deleted whatever its stamp, by a desk that may
// send that: a desk whose clock ran ahead raised it before it pulled the erasure, or one the
// customer moved away from wrote it and never follows the erasure for it (F32's gap). The
// eraser's own blanking, arriving before its delete, is not such a row.
class PulledErasures
{
    Q_DECLARE_TR_FUNCTIONS(PulledErasures)

public:
    // `role`: the one this round signed in with; unknown, every change is recorded.
    PulledErasures(Store &store, std::optional<StaffRole> role = {});

    Result<> follow(const PulledBatch::Touched &touched);

private:
    struct Erasure
    {
        bool here = false; // the customer's row is on this workstation
        bool erased = false;
        QString stamp; // the clock of the customer's erased_at here
        QString awayStamp; // not here: their erasure's, if it came (sync_moved_away)
    };
    Erasure erasureOf(const CustomerId &customer);
    CustomerId customerOf(const PulledBatch::Touched::Edit &edit);
    Result<> letGoOfBlankingsWithoutRow();
    // Whether this round's role may send an erasure's changes of a table (F32).
    CustomerDataSweep::MaySend maySendErasure() const;
    bool liveRowErasureDeletes(const PulledBatch::Touched::Edit &edit);
    Result<> followErasuresOfAway(const PulledBatch::Touched &touched);
    Result<> audit(const PulledBatch::Touched::Edit &edit, const Erasure &erasure);

    Store &m_store;
    std::optional<StaffRole> m_role;
    QHash<CustomerId, Erasure> m_known;
    QHash<QString, QString> m_customerColumn; // table -> how its row names its customer
};

} // namespace bd
