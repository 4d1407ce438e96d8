#pragma once

#include "app/domain/Result.h"

#include <QDate>
#include <QString>

namespace bd {

class Store;

// Where the care plan of one book (a manager's, or the whole branch's) stood when it was
// last made: the day, and how far the desk's data had come. A change to what the plan reads
// reaches the desk through the sync bookkeeping (one made here is numbered in the outbox, one
// pulled or downloaded moves the pull cursor or the baseline); rows added without it (a
// data load, a generator) move the largest row number of their table. So a plan on the
// same day at the same stand would make nothing, and CarePlanner skips the book's walk
// (birthdays, maturities, new customers), which cost a wealth manager ~3.5 s of every
// sign-in at 1,000,000 customers (issue #15). Kept in app_setting (desk-local, never
// synced); a missing or unreadable mark only means a full plan.
class CarePlanMark
{
public:
    struct Stand
    {
        QDate day;
        qint64 localChange = 0; // the last number the outbox gave (sqlite_sequence)
        qint64 cursor = 0;      // the last change of the branch's log pulled
        QString epoch;          // of the server it was pulled from
        QString baseline;       // the baseline download and its last page applied
        int baselinePage = 0;
        QString rows;           // the largest rowid of customer, holding, care_task, kyc_session
        bool birthdays = false; // birth dates could be opened (a revealing session)

        QString text() const;
        bool operator==(const Stand &) const = default;
    };

    explicit CarePlanMark(Store &store);

    // The desk's stand now, on `day`.
    Result<Stand> now(const QDate &day, bool birthdays) const;
    // True when the book was last planned at exactly `stand`.
    bool isPlanned(const QString &branchId, const QString &managerId, const Stand &stand) const;
    // Inside the plan's transaction, after its writes.
    Result<> keep(const QString &branchId, const QString &managerId, const Stand &stand);

private:
    static QString keyOf(const QString &branchId, const QString &managerId);

    Store &m_store;
};

} // namespace bd
