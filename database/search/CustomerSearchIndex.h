#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>
#include <QVariant>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

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
    // Bump when the key scheme changes: forces a rebuild. 6: the address key under the
    // reveal key (issue 14).
    static constexpr int kVersion = 6;
    // Mobile and ID number keys of an encrypted file are blind and tell nothing of the
    // digits a mask hides beyond what a role may know (issue 14; docs/SECURITY.md §4): keyed
    // hashes of the last 4 characters and of the masked form, and for a mobile number
    // kLossyCharacters base64 characters (6 bits each) of the whole number's hash, so that
    // one key fits some 156 of the 10^4 numbers behind a mask. More typed than a key covers
    // is checked against the opened value (or, for a role that cannot open it, the mask).
    static constexpr int kLossyCharacters = 1;

    struct CustomerKeyInput
    {
        QString name;
        QString phone;
        QString idNumber;
        QString cifNo;
        QString address; // blind key only: households share one (issue #20), nobody types it
        // A role that cannot open the identifiers re-indexes from what it sees: the masks,
        // and the lossy part of the mobile's whole key as it was written.
        QString phoneMask;
        QString idMask;
        QString phoneLossy;
    };
    // With keys == nullptr (a file without a data key yet), mobile and ID number are
    // indexed in clear, reversed, as before encryption.
    static QStringList keysFor(const CustomerKeyInput &customer, const FieldKeys *keys = nullptr);
    // The blind keys that say two customers share a mobile or an address (whole values, so
    // a match is the same number or the same address written the same way): what household
    // suggestions compare, never the values themselves. Empty prefixes on a file without a
    // data key, which has no blind keys.
    static QString sharedMobilePrefix();
    static QString sharedAddressPrefix();
    // An address as compared: Unicode-compatible forms folded (full-width digits), letters
    // in upper case, no spaces or punctuation.
    static QString normalisedAddress(const QString &address);

    explicit CustomerSearchIndex(Store &store);
    ~CustomerSearchIndex();

    // Re-indexes one customer; call inside the transaction that changed it. Its statements
    // are prepared once per index object: a pulled batch re-indexes thousands with one.
    Result<> update(const CustomerId &customer);
    // The same for many customers (a pulled batch): their keys go in sorted, so that the
    // b-tree takes them in order rather than each at a random page.
    Result<> update(const QList<CustomerId> &customers);
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Indexes every customer again (after generation, import, or a key-scheme change).
    Result<> rebuild(const Progress &progress = {});
    // The same, as part of the caller's open transaction (bulk writers). `stopRequested`,
    // asked every 10,000 customers, ends it with an error (the caller rolls back).
    Result<> rebuildInOpenTransaction(const Progress &progress = {},
                                      const std::function<bool()> &stopRequested = {});
    bool isCurrent() const; // built with this kVersion and the file's current data key
    // Rows changed while the data key was not open (a headless sync): the blind keys cannot
    // be made now, so the whole index is rebuilt when a user next opens the key.
    bool markStale();
    // Rebuilds unless current; an encrypted file whose key is not open waits for it
    // (FieldKeyring::open calls this again) and counts as done. A session that may reveal
    // then makes the address keys that sessions without the reveal key could not.
    Result<> ensureCurrent();
    // Address keys owed by sessions without the reveal key, made now if this one has it.
    Result<> completeAddressKeys();
    // Every address key made again with the session's reveal key (after its rotation), as
    // part of the caller's open transaction.
    Result<> remakeAddressKeysInOpenTransaction();

    enum class MatchKind { Name, Pinyin, Initials, Cif, Mobile, IdNumber };
    struct Hit
    {
        CustomerId customerId;
        MatchKind kind;
        // 0: the whole name/number typed; 1: its beginning; 2: a later part. A spelling
        // reading a given-name character uncustomarily ranks one lower (3 at most).
        int rank;
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
    // A role without the reveal key cannot open an identifier sealed to it: its blind keys
    // (written when the value was, by whoever wrote it) are kept, not rebuilt from nothing,
    // and a search checks typed digits against its mask only.
    static bool closedToThisSession(const Store &store, const QVariant &stored);
    // Digits (and a final X) of a mobile or ID number, as the keys hold them.
    static QString normalisedNumberOf(const QString &text);
    // The address's key; empty without the reveal key (or without an address).
    static QString addressKeyOf(const QString &address, const FieldKeys &keys);
    // Records that customers' address keys wait for a session with the reveal key.
    void owesAddressKeys();
    Result<> makeOwedAddressKeys(const FieldKeys &keys); // in the caller's transaction
    bool endsWith(const CustomerId &customer, const QString &column, const QString &tail) const;
    // Every key gone, fast (in the caller's transaction).
    Result<> emptyKeyTable();
    // Removes a customer's keys and returns the ones it has now (none if deleted or erased).
    Result<QStringList> currentKeys(const CustomerId &customer);
    // What the keys are made of, from a row of (name, phone, ID number, CIF, address);
    // `kept` gets the key kinds of identifiers this session cannot open.
    CustomerKeyInput inputOf(const SqlQuery &row, QStringList *kept) const;
    // A customer's keys gone, but those of the `kept` kinds.
    Result<> removeKeys(const CustomerId &customer, const QStringList &kept);

    Store &m_store;
    bool m_owesAddressKeys = false;
    struct UpdateStatements;
    std::unique_ptr<UpdateStatements> m_update;
};

} // namespace bd
