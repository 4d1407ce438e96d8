// Re-indexing a pulled batch's customers at once (CustomerSearchIndex::update of a list).
#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/search/SortedKeyRows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <string_view>

namespace bd {

namespace {
// Batches smaller than this keep the index by customer up as they go: dropping and
// building it is not worth its schema change.
constexpr qsizetype kIndexAtTheEndMinimum = 500;

Result<> execute(sqlite3 *db, const char *sql)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(db)));
    return {};
}

// The size of the book, cheaply: the largest rowid of customer (a b-tree descent, where
// count(*) reads every row), which no deletion makes smaller.
qint64 customersEverStored(sqlite3 *db)
{
    sqlite3_stmt *largest = nullptr;
    qint64 stored = 0;
    if (sqlite3_prepare_v2(db, "SELECT max(rowid) FROM customer", -1, &largest, nullptr) == SQLITE_OK
        && sqlite3_step(largest) == SQLITE_ROW)
        stored = sqlite3_column_int64(largest, 0);
    sqlite3_finalize(largest);
    return stored;
}
// The first 8 bytes of a key, big-endian, zero-filled: ordered as the bytes are, a shorter
// key before a longer one it begins (which a tie sends on to the whole comparison).
quint64 leadingBytes(const char *key, qsizetype size)
{
    quint64 head = 0;
    for (qsizetype i = 0; i < 8; ++i)
        head = (head << 8) | (i < size ? quint64(static_cast<unsigned char>(key[i])) : 0u);
    return head;
}
} // namespace

Result<> CustomerSearchIndex::update(const QList<CustomerId> &customers)
{
    if (customers.isEmpty())
        return {};
    // The batch's customers in one read, in id order, and their old keys gone in one
    // statement (issue 13: a read and a delete per customer through Qt SQL were a fifth of
    // the keys' time); a customer whose identifiers this session cannot open keeps those
    // keys (removeKeys).
    QJsonArray ids;
    for (const CustomerId &customer : customers)
        ids.append(customer.toString());
    const QString idList = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    SqlQuery read(m_store.database(),
                  QStringLiteral("SELECT name, coalesce(phone, ''), coalesce(id_number, ''), "
                                 "cif_no, address, id FROM customer WHERE id IN (SELECT value "
                                 "FROM json_each(?)) AND deleted = 0 ORDER BY id"));
    read.setForwardOnly(true);
    read.bind(idList);
    if (Result<> ran = read.exec(); !ran)
        return ran;
    struct Found
    {
        QByteArray id;
        CustomerKeyInput input;
    };
    QList<Found> found;
    found.reserve(customers.size());
    QList<std::pair<CustomerId, QStringList>> keeping; // customers with keys of their own kept
    while (read.next()) {
        QStringList kept;
        found.append({read.value(5).toString().toUtf8(), inputOf(read, &kept)});
        if (!kept.isEmpty())
            keeping.append({CustomerId(read.value(5).toString()), kept});
    }
    read.finish();
    QSet<CustomerId> keepingIds;
    for (const auto &[customer, kept] : std::as_const(keeping)) {
        if (Result<> removed = removeKeys(customer, kept); !removed)
            return removed;
        keepingIds.insert(customer);
    }
    QJsonArray clearIds; // all of them, but those that keep keys
    for (const CustomerId &customer : customers) {
        if (!keepingIds.contains(customer))
            clearIds.append(customer.toString());
    }
    SqlQuery clear(m_store.database(),
                   QStringLiteral("DELETE FROM customer_search_key WHERE customer_id IN "
                                  "(SELECT value FROM json_each(?))"));
    clear.bind(keeping.isEmpty()
                       ? idList
                       : QString::fromUtf8(QJsonDocument(clearIds).toJson(QJsonDocument::Compact)));
    if (Result<> cleared = clear.exec(); !cleared)
        return cleared;
    if (found.isEmpty())
        return {}; // all deleted or erased: no keys
    const std::shared_ptr<const FieldKeys> fieldKeys = m_store.fieldKeys();
    if (!fieldKeys && m_store.fieldsEncrypted())
        return Error(SensitiveColumns::lockedMessage());
    // Every key of the batch in the order SQLite keeps them (bytes of UTF-8, then the
    // customer, whose place in `found` is their id order): inserted one at a time at
    // random places, the keys of 10,000 new customers were most of a pulled batch's time.
    // The keys' bytes go into one buffer and the sort moves small entries that point into
    // it: a QByteArray per key was 340,000 allocations for 10,000 new customers (issue 13).
    // Each entry carries its key's first 8 bytes as a big-endian number: most comparisons of
    // the sort end there, without reaching into the buffer (issue 13: the sort was a twelfth
    // of the keys' time).
    struct Entry
    {
        quint64 head;
        qsizetype offset;
        qsizetype size;
        qsizetype customer;
    };
    QByteArray bytes;
    QList<Entry> entries;
    entries.reserve(found.size() * 40);
    bytes.reserve(found.size() * 40 * 24);
    for (qsizetype i = 0; i < found.size(); ++i) {
        for (const QString &key : keysFor(found.at(i).input, fieldKeys.get())) {
            const qsizetype offset = bytes.size();
            bytes += key.toUtf8();
            entries.append({0, offset, bytes.size() - offset, i});
        }
    }
    const char *const base = bytes.constData();
    for (Entry &entry : entries)
        entry.head = leadingBytes(base + entry.offset, entry.size);
    const auto keyOf = [base](const Entry &entry) {
        return std::string_view(base + entry.offset, size_t(entry.size));
    };
    std::sort(entries.begin(), entries.end(), [&keyOf](const Entry &a, const Entry &b) {
        if (a.head != b.head)
            return a.head < b.head;
        const int order = keyOf(a).compare(keyOf(b));
        return order < 0 || (order == 0 && a.customer < b.customer);
    });
    sqlite3 *db = Store::nativeHandle(m_store.database());
    if (!db)
        return Error(QStringLiteral("the search index needs an SQLite database"));
    // A batch that brings at least half of the book (a new workstation's first pulls, an
    // import larger than the branch) fills the keys without the index by customer and builds
    // it once at the end, as rebuild() does: kept up key by key, that index takes the keys in
    // random order (issue 13: 13 % of applying 10,000 new customers). On a larger book,
    // building it again over every key would cost more than the inserts it saves. Inside
    // the caller's transaction: a rollback brings the index back.
    const bool indexAtTheEnd = found.size() >= kIndexAtTheEndMinimum
            && 2 * found.size() >= customersEverStored(db);
    if (indexAtTheEnd) {
        if (Result<> dropped = execute(db, "DROP INDEX IF EXISTS customer_search_key_customer");
            !dropped)
            return dropped;
    }
    const Result<> inserted = SortedKeyRows::insertOrIgnore(
            db, entries.size(), [&](qsizetype i) -> SortedKeyRows::Row {
                const Entry &entry = entries.at(i);
                const QByteArray &id = found.at(entry.customer).id;
                return {base + entry.offset, int(entry.size), id.constData(), int(id.size())};
            });
    if (indexAtTheEnd) {
        if (Result<> indexed = execute(db, "CREATE INDEX customer_search_key_customer "
                                           "ON customer_search_key(customer_id)");
            !indexed)
            return indexed;
    }
    return inserted;
}

} // namespace bd
