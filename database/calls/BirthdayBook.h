#pragma once

#include "app/domain/Result.h"
#include "database/calls/CallQueries.h" // CarePlanCustomer

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace bd {

class Store;

// The customers of a manager's book (or of the branch) whose birthday falls in a window, for
// the care plan. The birth date is sealed to the reveal key: opening it is an X25519
// operation, and a 1M branch's largest book (43,756 customers) took ~5 s at every sign-in
// (issue #15). So each date opened here is kept as its month and day sealed under a key
// derived from the reveal secret key (customer_birthday, migration 0034), which opens in a
// microsecond and only for the same roles; the table's triggers drop an entry when its
// customer's birth date is written. Only a session that may reveal finds birthdays (for the
// others nothing opens and the list stays empty; the server's BirthdaySweep raises the
// birthday events for everyone).
class BirthdayBook
{
public:
    explicit BirthdayBook(Store &store);

    // A date opened the slow way, to be kept by remember().
    struct Opened
    {
        QString customerId;
        QVariant birthDate; // as stored: kept only while the customer still has it
        QString monthDay; // "MM-dd"; empty: the customer has no birth date
    };
    struct Window
    {
        // birthDate holds the month and day (in the leap year 2000, for 29 February).
        QList<CarePlanCustomer> customers;
        QList<Opened> opened;
    };
    // Whether this session finds birthdays at all: a plain file, or keys that open
    // identifiers.
    bool opensDates() const;
    // Reads only (before the caller's write lock). managerId empty: the whole branch.
    // `progress` (customers walked, of how many) is told every few hundred customers: a book's
    // first walk opens each sealed date (~19 s for a 1M branch's largest book, issue #15).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    Window between(const QString &branchId, const QString &managerId, const QDate &from,
                   const QDate &until, const Progress &progress = {}) const;
    // Keeps what between() had to open, inside the caller's transaction; an entry whose
    // customer's birth date changed meanwhile is not kept. `progress` (entries kept, of how
    // many) every few hundred: each is sealed (43,579 took ~2.7 s at 1M on a busy desk).
    Result<> remember(const QList<Opened> &opened, const Progress &progress = {});

private:
    Store &m_store;
};

} // namespace bd
