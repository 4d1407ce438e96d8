#pragma once

#include "app/domain/Result.h"
#include "database/calls/CallQueries.h" // CarePlanCustomer

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>

namespace bd {

class FieldKeys;
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
// Since migration 0044 a kept entry also has a day token (the month-day and a bucket of the
// customer id, keyed by the reveal secret), so a book planned before is not walked: the
// window's tokens are looked up in an index, and only the customers written since (pending
// entries of the book) are opened. A book is walked whole once per reveal key (its book row
// says it was). Equal tokens show that customers share a birthday and a bucket, never the
// day itself; the 64 buckets keep such groups small (SECURITY.md §3). 29 February shares
// 28 February's token: a group of its own came out a quarter the size of the others.
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
        QByteArray kept; // the entry as kept without a day token: only the token is added
    };
    struct Window
    {
        // birthDate holds the month and day (in the leap year 2000, for 29 February).
        QList<CarePlanCustomer> customers;
        QList<Opened> opened;
        // The book was walked whole: remember() notes it (its book row, under this token of
        // the reveal key), so the next plan looks the window up instead. Empty otherwise.
        QString walkedBook;
        QByteArray revealKeyToken;
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
    Result<> remember(const Window &window, const Progress &progress = {});

    // The index key of a kept month-day ("MM-dd"; empty: no birth date) of a customer.
    // 29 February shares 28 February's token (tokenDayOf).
    static QString dayTokenOf(const FieldKeys &keys, const QString &customerId,
                              const QString &monthDay);
    static constexpr int kBuckets = 64;

private:
    // The whole book, every entry opened (the first plan of a book, or without the reveal
    // key's tokens).
    void walk(Window &window, const QString &branchId, const QString &managerId,
              const std::function<bool(const QString &)> &inWindow, const Progress &progress) const;
    // The window's tokened entries of the book, and its customers written since.
    void lookUp(Window &window, const QString &branchId, const QString &managerId,
                const QDate &from, const std::function<bool(const QString &)> &inWindow) const;
    // A customer's month-day the slow way (its sealed birth date); appended to `opened` when
    // it may be kept. Empty: no birth date (or none that opens).
    QString openBirthDate(Window &window, const QString &customerId) const;

    Store &m_store;
};

} // namespace bd
