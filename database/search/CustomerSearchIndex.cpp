#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>

namespace bd {

namespace {
const QString kIndexKeySetting = QStringLiteral("search_index_key");
const QString kClearIndex = QStringLiteral("clear"); // numbers in clear: a file without a key
const QString kIndexVersionSetting = QStringLiteral("search_index_version");
} // namespace

// What update() runs for each customer, prepared on its first call.
struct CustomerSearchIndex::UpdateStatements
{
    explicit UpdateStatements(Store &store)
        : remove(store.database(),
                 QStringLiteral("DELETE FROM customer_search_key WHERE customer_id = ?"))
        , read(store.database(),
               QStringLiteral("SELECT name, coalesce(phone, ''), coalesce(id_number, ''), "
                              "cif_no, address FROM customer WHERE id = ? AND deleted = 0"))
        // All keys of a customer in one statement: binding each of some fifteen keys through
        // Qt SQL was a third of the time a pulled batch of new customers took (issue 13).
        , insert(store.database(),
                 QStringLiteral("INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                                "SELECT value, ? FROM json_each(?)"))
    {
        read.setForwardOnly(true);
    }
    SqlQuery remove;
    SqlQuery read;
    SqlQuery insert;
};

CustomerSearchIndex::CustomerSearchIndex(Store &store)
    : m_store(store)
{
}

CustomerSearchIndex::~CustomerSearchIndex() = default;

namespace {
// A role without the reveal key cannot open an identifier sealed to it: its blind keys
// (written when the value was, by whoever wrote it) are kept, not rebuilt from nothing.
bool closedToThisSession(const Store &store, const QVariant &stored)
{
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    return SensitiveColumns::isSealedIdentifier(stored) && keys && !keys->canOpenIdentifiers();
}

// The key kinds (CustomerSearchKeys.cpp) made from phone, ID number and address.
const QStringList kPhoneKinds = {QStringLiteral("mb:"), QStringLiteral("ms:")};
const QStringList kIdKinds = {QStringLiteral("db:"), QStringLiteral("ds:")};
const QStringList kAddressKinds = {QStringLiteral("ab:")};

QString kindList(const QStringList &kinds)
{
    QStringList quoted;
    for (const QString &kind : kinds)
        quoted << QStringLiteral("'%1'").arg(kind);
    return quoted.isEmpty() ? QStringLiteral("''") : quoted.join(QLatin1Char(','));
}

} // namespace

Result<QStringList> CustomerSearchIndex::currentKeys(const QString &customerId)
{
    if (!m_update)
        m_update = std::make_unique<UpdateStatements>(m_store);
    SqlQuery &customer = m_update->read;
    customer.bindAt(0, customerId);
    if (Result<> read = customer.exec(); !read)
        return read.error();
    const bool found = customer.next();
    QStringList kept; // key kinds of identifiers this session cannot open
    CustomerKeyInput input;
    if (found) {
        const auto closed = [this](const QVariant &stored) {
            return closedToThisSession(m_store, stored)
                    && SensitiveColumns::openForIndex(m_store, stored).isEmpty();
        };
        if (closed(customer.value(1)))
            kept << kPhoneKinds;
        if (closed(customer.value(2)))
            kept << kIdKinds;
        if (closed(customer.value(4)))
            kept << kAddressKinds;
        input = {customer.value(0).toString(),
                 SensitiveColumns::openForIndex(m_store, customer.value(1)),
                 SensitiveColumns::openForIndex(m_store, customer.value(2)),
                 customer.value(3).toString(),
                 SensitiveColumns::openForIndex(m_store, customer.value(4))};
    }
    customer.finish(); // a kept statement must not hold its read open
    if (kept.isEmpty()) {
        SqlQuery &remove = m_update->remove;
        remove.bindAt(0, customerId);
        if (Result<> removed = remove.exec(); !removed)
            return removed.error();
    } else {
        SqlQuery remove(m_store.database(),
                        QStringLiteral("DELETE FROM customer_search_key WHERE customer_id = ? "
                                       "AND substr(key, 1, 3) NOT IN (%1)")
                                .arg(kindList(kept)));
        remove.bind(customerId);
        if (Result<> removed = remove.exec(); !removed)
            return removed.error();
    }
    if (!found)
        return QStringList(); // deleted or erased: no keys
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys && m_store.fieldsEncrypted())
        return Error(SensitiveColumns::lockedMessage());
    return keysFor(input, keys.get());
}

Result<> CustomerSearchIndex::update(const QString &customerId)
{
    const Result<QStringList> keys = currentKeys(customerId);
    if (!keys)
        return keys.error();
    SqlQuery &insert = m_update->insert;
    insert.bindAt(0, customerId);
    insert.bindAt(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*keys))
                                               .toJson(QJsonDocument::Compact)));
    return insert.exec();
}

Result<> CustomerSearchIndex::update(const QList<CustomerId> &customers)
{
    // Customers in id order (the rows are read in index order), then every key of the
    // batch in the order SQLite keeps them (bytes of UTF-8): inserted one at a time at
    // random places, the keys of 10,000 new customers were most of a pulled batch's time.
    QList<CustomerId> ordered = customers;
    std::sort(ordered.begin(), ordered.end());
    QList<std::pair<QByteArray, QByteArray>> entries;
    for (const CustomerId &customer : std::as_const(ordered)) {
        const Result<QStringList> keys = currentKeys(customer.toString());
        if (!keys)
            return keys.error();
        const QByteArray id = customer.toString().toUtf8();
        for (const QString &key : *keys)
            entries.append({key.toUtf8(), id});
    }
    std::sort(entries.begin(), entries.end());
    sqlite3 *db = Store::nativeHandle(m_store.database());
    if (!db)
        return Error(QStringLiteral("the search index needs an SQLite database"));
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                               "VALUES (?1, ?2)", -1, &insert, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(db)));
    for (const auto &[key, id] : std::as_const(entries)) {
        sqlite3_bind_text(insert, 1, key.constData(), int(key.size()), SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, id.constData(), int(id.size()), SQLITE_STATIC);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            const QString problem = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(insert);
            return Error(problem);
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    return {};
}

Result<> CustomerSearchIndex::rebuild(const Progress &progress)
{
    Transaction transaction(m_store.database());
    if (Result<> built = rebuildInOpenTransaction(progress); !built)
        return built;
    return transaction.commit();
}

Result<> CustomerSearchIndex::rebuildInOpenTransaction(const Progress &progress)
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    if (!blind && m_store.fieldsEncrypted())
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery query(m_store.database());
    // Without the reveal key, the blind keys of identifiers sealed to it stay as they are.
    const bool keepIdentifierKeys = blind && !blind->canOpenIdentifiers();
    const QString clear = keepIdentifierKeys
            ? QStringLiteral("DELETE FROM customer_search_key WHERE substr(key, 1, 3) NOT IN (%1)")
                      .arg(kindList(kPhoneKinds + kIdKinds + kAddressKinds))
            : QStringLiteral("DELETE FROM customer_search_key");
    if (Result<> cleared = query.exec(clear); !cleared)
        return cleared;
    if (Result<> dropped = query.exec(QStringLiteral("DROP INDEX IF EXISTS "
                                                     "customer_search_key_customer"));
        !dropped)
        return dropped;
    qint64 total = 0;
    if (query.exec(QStringLiteral("SELECT count(*) FROM customer WHERE deleted = 0")) && query.next())
        total = query.integer64(0);
    SqlQuery customers(m_store.database());
    customers.setForwardOnly(true);
    if (Result<> read = customers.exec(QStringLiteral("SELECT id, name, coalesce(phone, ''), "
                                                      "coalesce(id_number, ''), cif_no, address FROM "
                                                      "customer WHERE deleted = 0"));
        !read)
        return read;
    // A million customers make some fifteen million keys: they go in through the sqlite3
    // C API (one prepared statement, no QVariant per value), and the secondary index is
    // built once at the end instead of being kept up row by row.
    sqlite3 *db = Store::nativeHandle(m_store.database());
    if (!db)
        return Error(QStringLiteral("the search index needs an SQLite database"));
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                               "VALUES (?1, ?2)", -1, &insert, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(db)));
    qint64 done = 0;
    bool ok = true;
    QString insertError;
    while (ok && customers.next()) {
        const QByteArray id = customers.value(0).toString().toUtf8();
        const QStringList keys = keysFor({customers.value(1).toString(),
                                          SensitiveColumns::openForIndex(m_store, customers.value(2)),
                                          SensitiveColumns::openForIndex(m_store, customers.value(3)),
                                          customers.value(4).toString(),
                                          SensitiveColumns::openForIndex(m_store, customers.value(5))},
                                         blind.get());
        for (const QString &key : keys) {
            const QByteArray utf8 = key.toUtf8();
            sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                insertError = QString::fromUtf8(sqlite3_errmsg(db));
                ok = false;
                break;
            }
            sqlite3_reset(insert);
        }
        // The last customer is reported once the secondary index below is built too: at a
        // million customers that takes a while, and 100% should mean done.
        if (progress && ++done % 10000 == 0 && done < total)
            progress(done, total);
    }
    sqlite3_finalize(insert);
    customers.finish();
    if (!ok)
        return Error(insertError);
    if (Result<> indexed = query.exec(QStringLiteral("CREATE INDEX customer_search_key_customer "
                                                     "ON customer_search_key(customer_id)"));
        !indexed)
        return indexed;
    if (progress)
        progress(done, std::max(done, total));
    if (!m_store.setSetting(kIndexVersionSetting, QString::number(kVersion))
        || !m_store.setSetting(kIndexKeySetting, blind ? blind->keyId() : kClearIndex))
        return Error(QStringLiteral("cannot record the search index version"));
    return {};
}

bool CustomerSearchIndex::isCurrent() const
{
    return m_store.setting(kIndexVersionSetting).toInt() == kVersion
            && m_store.setting(kIndexKeySetting)
            == (m_store.fieldsEncrypted() ? m_store.fieldKeyId() : kClearIndex);
}

bool CustomerSearchIndex::markStale()
{
    return m_store.setSetting(kIndexVersionSetting, QStringLiteral("0"));
}

Result<> CustomerSearchIndex::ensureCurrent()
{
    if (isCurrent())
        return {};
    if (m_store.fieldsEncrypted() && !m_store.fieldKeys())
        return {}; // the blind keys need the data key: built when a user opens it
    return rebuild();
}

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::lookup(const QString &typed, int limit) const
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    const QList<KeyRange> ranges = rangesFor(typed, blind.get());
    if (ranges.isEmpty())
        return {};

    SqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT key, customer_id FROM customer_search_key "
                                 "WHERE key >= ? AND key < ? ORDER BY key LIMIT ?"));
    QList<Hit> hits;
    QHash<QString, qsizetype> position;
    const auto betterThan = [&hits](int rank) {
        return std::count_if(hits.cbegin(), hits.cend(), [rank](const Hit &h) { return h.rank < rank; });
    };
    for (const KeyRange &range : ranges) {
        // Every hit of this range ranks at least exactRank: when `limit` customers rank
        // better already, it cannot change the result.
        if (hits.size() >= limit && betterThan(range.exactRank) >= limit)
            continue;
        query.bindAt(0, range.prefix);
        query.bindAt(1, range.prefix + top());
        // A checked tail (five digits looked up by their last four) reads more candidates,
        // most of which the check drops.
        query.bindAt(2, std::max(range.verifySuffix.isEmpty() ? kScanLimit : 10 * kScanLimit,
                                 limit));
        if (!query.select())
            return {};
        while (query.next()) {
            const QString key = query.value(0).toString();
            const QString id = query.value(1).toString();
            const int rank = key.size() == range.prefix.size() ? range.exactRank : range.partialRank;
            const auto seen = position.constFind(id);
            if (!range.verifySuffix.isEmpty()
                && (seen == position.constEnd() || rank < hits[*seen].rank)
                && !endsWith(id, range.column, range.verifySuffix))
                continue;
            if (seen == position.constEnd()) {
                position.insert(id, hits.size());
                hits << Hit{id, range.kind, rank};
            } else if (rank < hits[*seen].rank) {
                hits[*seen].rank = rank;
                hits[*seen].kind = range.kind;
            }
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const Hit &a, const Hit &b) { return a.rank < b.rank; });
    // Hits ranked below the limit-th cannot make the first `limit` (ties go by AUM, so the
    // limit-th's rank stays in full): the caller need not read those customers.
    if (limit > 0 && hits.size() > limit) {
        const int cut = hits.at(limit - 1).rank;
        while (hits.size() > limit && hits.constLast().rank > cut)
            hits.removeLast();
    }
    return hits;
}

bool CustomerSearchIndex::endsWith(const QString &customerId, const QString &column,
                                   const QString &tail) const
{
    // column is one of two fixed names from rangesFor(), never typed text.
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(column));
    query.bind(customerId);
    if (!query.select() || !query.next())
        return false;
    if (closedToThisSession(m_store, query.value(0))) {
        // Only the masked form is readable here; a tail longer than it shows passes
        // unchecked (a wider hit list, never a hidden digit).
        const QString shown = normalisedNumberOf(SensitiveColumns::view(
                m_store, QStringLiteral("customer"), column, query.value(0)));
        return tail.size() > 4 || shown.endsWith(tail);
    }
    return normalisedNumberOf(SensitiveColumns::open(m_store, query.value(0))).endsWith(tail);
}

} // namespace bd
