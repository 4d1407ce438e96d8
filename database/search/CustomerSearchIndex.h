#pragma once

#include "app/domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace bd {

class FieldKeys;
class SqlQuery;
class Store;

// The keys under which a customer can be found as staff type, and the lookup over them.
// Lookups are prefix range scans on one WITHOUT ROWID b-tree, so a keystroke costs a few
// page reads whatever the size of the branch.
class CustomerSearchIndex
{
public:
    static constexpr int kVersion = 3; // bump when the key scheme changes: forces a rebuild
    // Mobile and ID number keys of an encrypted file are blind: a keyed hash of the whole
    // number and of its last 4, 5 and 6 characters. A longer tail typed is looked up by
    // its last 6 and checked against the opened value (at a million customers a 6-digit
    // tail is shared by about one customer; a 4-digit one by a hundred).
    static constexpr int kSuffixLengths[] = {4, 5, 6};

    struct CustomerKeyInput
    {
        QString name;
        QString phone;
        QString idNumber;
        QString cifNo;
    };
    // With keys == nullptr (a file without a data key yet), mobile and ID number are
    // indexed in clear, reversed, as before encryption.
    static QStringList keysFor(const CustomerKeyInput &customer, const FieldKeys *keys = nullptr);

    explicit CustomerSearchIndex(Store &store);

    // Re-indexes one customer; call inside the transaction that changed it.
    Result<> update(const QString &customerId);
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Indexes every customer again (after generation, import, or a key-scheme change).
    Result<> rebuild(const Progress &progress = {});
    // The same, as part of the caller's open transaction (bulk writers).
    Result<> rebuildInOpenTransaction(const Progress &progress = {});
    bool isCurrent() const; // built with this kVersion and the file's current data key
    // Rows changed while the data key was not open (a headless sync): the blind keys cannot
    // be made now, so the whole index is rebuilt when a user next opens the key.
    bool markStale();
    // Rebuilds unless current; an encrypted file whose key is not open waits for it
    // (FieldKeyring::open calls this again) and counts as done.
    Result<> ensureCurrent();

    enum class MatchKind { Name, Pinyin, Initials, Cif, Mobile, IdNumber };
    struct Hit
    {
        QString customerId;
        MatchKind kind;
        int rank; // 0: the whole name/number typed; 1: its beginning; 2: a later part
    };
    // Distinct customers with their best rank, best first: every customer that can be among
    // the first `limit` once ties are broken by AUM (so possibly more than limit), and none
    // that cannot.
    QList<Hit> lookup(const QString &typed, int limit) const;

    // The key ranges lookup() scans for what was typed: keys >= prefix and < prefix + top().
    struct KeyRange
    {
        QString prefix;
        MatchKind kind;
        int partialRank; // rank of a hit that only starts with the typed text
        int exactRank;   // rank of a hit whose whole key was typed
        // Blind suffix keys: the customer's opened `column` must also end with this.
        QString verifySuffix;
        QString column;
    };
    static QList<KeyRange> rangesFor(const QString &typed, const FieldKeys *keys = nullptr);
    static QString top();       // sorts after every key character
    static constexpr int kScanLimit = 100; // keys read per range at most

private:
    // Digits (and a final X) of a mobile or ID number, as the keys hold them.
    static QString normalisedNumberOf(const QString &text);
    Result<> insertKeys(SqlQuery &insert, const QString &customerId,
                        const QStringList &keys);
    bool endsWith(const QString &customerId, const QString &column, const QString &tail) const;

    Store &m_store;
};

} // namespace bd
