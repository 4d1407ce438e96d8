#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/OpenedCustomerRows.h"
#include "database/search/SearchKeyStage.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bd {

namespace {
const QString kIndexKeySetting = QStringLiteral("search_index_key");
const QString kClearIndex = QStringLiteral("clear"); // numbers in clear: a file without a key
const QString kIndexVersionSetting = QStringLiteral("search_index_version");
// Set by migration 0025: the index may hold keys that told masked digits (the whole
// numbers' full tokens, 5- and 6-character tails); the next rebuild zeroes their pages.
const QString kScrubSetting = QStringLiteral("search_keys_scrub");
// A mobile's whole key before migration 0025: "mb:" + the full 22-character token.
constexpr int kFullTokenKeyLength = 3 + 22;
// "1" while customers' address keys wait for a session with the reveal key (issue 14).
const QString kAddressKeysOwed = QStringLiteral("address_keys_owed");
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

bool CustomerSearchIndex::closedToThisSession(const Store &store, const QVariant &stored)
{
    const std::shared_ptr<const FieldKeys> keys = store.fieldKeys();
    return SensitiveColumns::isSealedIdentifier(stored) && keys && !keys->canOpenIdentifiers();
}

namespace {

// The key kinds (CustomerSearchKeys.cpp) made from phone, ID number and address.
const QStringList kPhoneKinds = {QStringLiteral("mb:"), QStringLiteral("ms:")};
const QStringList kIdKinds = {QStringLiteral("db:"), QStringLiteral("ds:")};
const QStringList kAddressKinds = {QStringLiteral("ar:")};

QString kindList(const QStringList &kinds)
{
    QStringList quoted;
    for (const QString &kind : kinds)
        quoted << QStringLiteral("'%1'").arg(kind);
    return quoted.isEmpty() ? QStringLiteral("''") : quoted.join(QLatin1Char(','));
}

} // namespace

CustomerSearchIndex::CustomerKeyInput
CustomerSearchIndex::inputOf(const SqlQuery &row, QStringList *kept) const
{
    const auto closed = [this](const QVariant &stored) {
        return closedToThisSession(m_store, stored)
                && SensitiveColumns::openForIndex(m_store, stored).isEmpty();
    };
    if (closed(row.value(1)))
        *kept << kPhoneKinds;
    if (closed(row.value(2)))
        *kept << kIdKinds;
    if (closed(row.value(4)))
        *kept << kAddressKinds;
    return {row.value(0).toString(), SensitiveColumns::openForIndex(m_store, row.value(1)),
            SensitiveColumns::openForIndex(m_store, row.value(2)), row.value(3).toString(),
            SensitiveColumns::openForIndex(m_store, row.value(4))};
}

Result<> CustomerSearchIndex::removeKeys(const CustomerId &customer, const QStringList &kept)
{
    if (!m_update)
        m_update = std::make_unique<UpdateStatements>(m_store);
    if (kept.isEmpty()) {
        SqlQuery &remove = m_update->remove;
        remove.bindAt(0, customer.toString());
        return remove.exec();
    }
    SqlQuery remove(m_store.database(),
                    QStringLiteral("DELETE FROM customer_search_key WHERE customer_id = ? "
                                   "AND substr(key, 1, 3) NOT IN (%1)")
                            .arg(kindList(kept)));
    remove.bind(customer);
    return remove.exec();
}

Result<QStringList> CustomerSearchIndex::currentKeys(const CustomerId &customer)
{
    if (!m_update)
        m_update = std::make_unique<UpdateStatements>(m_store);
    SqlQuery &row = m_update->read;
    row.bindAt(0, customer.toString());
    if (Result<> read = row.exec(); !read)
        return read.error();
    const bool found = row.next();
    QStringList kept; // key kinds of identifiers this session cannot open
    const CustomerKeyInput input = found ? inputOf(row, &kept) : CustomerKeyInput();
    row.finish(); // a kept statement must not hold its read open
    if (Result<> removed = removeKeys(customer, kept); !removed)
        return removed.error();
    if (!found)
        return QStringList(); // deleted or erased: no keys
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys && m_store.fieldsEncrypted())
        return Error(SensitiveColumns::lockedMessage());
    if (keys && !keys->canOpenIdentifiers() && !input.address.isEmpty())
        owesAddressKeys(); // a new address: its key waits for a session that may reveal
    return keysFor(input, keys.get());
}

void CustomerSearchIndex::owesAddressKeys()
{
    if (!m_owesAddressKeys && m_store.setting(kAddressKeysOwed) != QLatin1String("1"))
        (void)m_store.setSetting(kAddressKeysOwed, QStringLiteral("1"));
    m_owesAddressKeys = true;
}

Result<> CustomerSearchIndex::completeAddressKeys()
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys || !keys->canOpenIdentifiers()
        || m_store.setting(kAddressKeysOwed) != QLatin1String("1"))
        return {};
    Transaction transaction(m_store.database());
    if (Result<> made = makeOwedAddressKeys(*keys); !made)
        return made;
    return transaction.commit();
}

Result<> CustomerSearchIndex::remakeAddressKeysInOpenTransaction()
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys || !keys->canOpenIdentifiers())
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery drop(m_store.database(),
                  QStringLiteral("DELETE FROM customer_search_key WHERE key >= ? AND key < ?"));
    drop.bind(kAddressKinds.first());
    drop.bind(kAddressKinds.first() + top());
    if (Result<> dropped = drop.exec(); !dropped)
        return dropped;
    return makeOwedAddressKeys(*keys);
}

Result<> CustomerSearchIndex::makeOwedAddressKeys(const FieldKeys &keys)
{
    SqlQuery owed(m_store.database());
    owed.setForwardOnly(true);
    owed.prepare(QStringLiteral(
            "SELECT c.id, c.address FROM customer c WHERE c.deleted = 0 "
            "AND coalesce(c.address, '') <> '' AND NOT EXISTS (SELECT 1 FROM "
            "customer_search_key k WHERE k.customer_id = c.id AND k.key >= ? AND k.key < ?)"));
    owed.bind(kAddressKinds.first());
    owed.bind(kAddressKinds.first() + top());
    if (Result<> read = owed.exec(); !read)
        return read;
    QList<std::pair<QString, QString>> made;
    while (owed.next()) {
        const QString key = addressKeyOf(SensitiveColumns::openForIndex(m_store, owed.value(1)), keys);
        if (!key.isEmpty())
            made.append({key, owed.text(0)});
    }
    owed.finish();
    SqlQuery insert(m_store.database(),
                    QStringLiteral("INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                                   "VALUES (?, ?)"));
    for (const auto &[key, customer] : std::as_const(made)) {
        insert.bindAt(0, key);
        insert.bindAt(1, customer);
        if (Result<> inserted = insert.exec(); !inserted)
            return inserted;
    }
    if (!m_store.setSetting(kAddressKeysOwed, QStringLiteral("0")))
        return Error(QStringLiteral("cannot record the address keys made"));
    return {};
}

Result<> CustomerSearchIndex::update(const CustomerId &customer)
{
    const Result<QStringList> keys = currentKeys(customer);
    if (!keys)
        return keys.error();
    SqlQuery &insert = m_update->insert;
    insert.bindAt(0, customer.toString());
    insert.bindAt(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(*keys))
                                               .toJson(QJsonDocument::Compact)));
    return insert.exec();
}

Result<> CustomerSearchIndex::rebuild(const Progress &progress)
{
    // Index versions before 6 hold address keys under the index key: their pages are
    // zeroed too (issue 14), as 0025's scrub did for the old number keys.
    const int builtWith = m_store.setting(kIndexVersionSetting).toInt();
    const bool scrub = !m_store.setting(kScrubSetting).isEmpty()
            || (m_store.fieldsEncrypted() && builtWith > 0 && builtWith < 6);
    SqlQuery pragma(m_store.database());
    if (scrub)
        (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    Result<> built = [&]() -> Result<> {
        Transaction transaction(m_store.database());
        if (Result<> rebuilt = rebuildInOpenTransaction(progress); !rebuilt)
            return rebuilt;
        return transaction.commit();
    }();
    if (scrub) {
        (void)pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
        if (built) {
            SqlQuery done(m_store.database(),
                          QStringLiteral("DELETE FROM app_setting WHERE key = ?"));
            done.bind(kScrubSetting);
            (void)done.exec();
            (void)pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
    }
    return built;
}

Result<> CustomerSearchIndex::emptyKeyTable()
{
    // With foreign keys on, SQLite deletes every row of a table with a foreign key one by one
    // (no truncation): 18 million b-tree deletes at a million customers. Dropped, the table's
    // pages are freed whole (zeroed under secure_delete); it is made again from its own
    // schema text.
    SqlQuery schema(m_store.database());
    if (!schema.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' "
                                    "AND name = 'customer_search_key'"))
        || !schema.next())
        return Error(QStringLiteral("cannot read the search index's schema"));
    const QString create = schema.text(0);
    schema.finish();
    SqlQuery query(m_store.database());
    if (Result<> dropped = query.exec(QStringLiteral("DROP TABLE customer_search_key")); !dropped)
        return dropped;
    return query.exec(create);
}

Result<> CustomerSearchIndex::rebuildInOpenTransaction(const Progress &progress,
                                                       const std::function<bool()> &stopRequested)
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    if (!blind && m_store.fieldsEncrypted())
        return Error(SensitiveColumns::lockedMessage());
    SqlQuery query(m_store.database());
    // Without the reveal key, identifiers sealed to it cannot be opened to make their keys.
    const bool keepIdentifierKeys = blind && !blind->canOpenIdentifiers();
    // What it sees of them (the masks) makes the tail and ID keys again; the lossy part of a
    // mobile's whole key is taken from the key as it was written (read here, while the
    // index by customer still exists: a million lookups without it would each scan).
    const QString wholeKind = kPhoneKinds.first();
    QHash<QString, QString> lossyOf; // customer id -> its mobile key's lossy part
    if (keepIdentifierKeys) {
        SqlQuery kept(m_store.database(),
                      QStringLiteral("SELECT customer_id, key FROM customer_search_key "
                                     "WHERE key >= ? AND key < ?"));
        kept.setForwardOnly(true);
        kept.bind(wholeKind);
        kept.bind(wholeKind + top());
        if (!kept.select())
            return Error(QStringLiteral("cannot read the mobile keys"));
        while (kept.next()) {
            const QString key = kept.text(1);
            lossyOf.insert(kept.text(0), key.size() == kFullTokenKeyLength
                                   ? key.mid(wholeKind.size(), kLossyCharacters)
                                   : key.right(kLossyCharacters));
        }
    }
    // The index by customer goes first: kept up through the removal below, it cost a random
    // page per key.
    if (Result<> dropped = query.exec(QStringLiteral("DROP INDEX IF EXISTS "
                                                     "customer_search_key_customer"));
        !dropped)
        return dropped;
    if (Result<> cleared = keepIdentifierKeys
                ? query.exec(QStringLiteral("DELETE FROM customer_search_key WHERE substr(key, 1, 3) "
                                            "NOT IN (%1)").arg(kindList(kAddressKinds)))
                : emptyKeyTable();
        !cleared)
        return cleared;
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
    // C API (no QVariant per value), sorted (SearchKeyStage), and the secondary index is
    // built once at the end instead of being kept up row by row.
    SearchKeyStage stage(Store::nativeHandle(m_store.database()));
    if (Result<> opened = stage.open(); !opened)
        return opened;
    qint64 done = 0;
    // Identifiers opened a few thousand rows at a time on every core (OpenedCustomerRows).
    OpenedCustomerRows rows(m_store, customers, blind && blind->canOpenIdentifiers());
    while (const OpenedCustomerRows::Row *row = rows.next()) {
        const QByteArray id = row->id.toUtf8();
        CustomerKeyInput input{row->name, row->openedPhone, row->openedIdNumber, row->cifNo,
                               row->openedAddress};
        if (keepIdentifierKeys && input.phone.isEmpty()
            && SensitiveColumns::isSealedIdentifier(row->phone)) {
            input.phoneMask = SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                                     QStringLiteral("phone"), row->phone);
            input.phoneLossy = lossyOf.value(row->id);
        }
        if (keepIdentifierKeys && input.idNumber.isEmpty()
            && SensitiveColumns::isSealedIdentifier(row->idNumber))
            input.idMask = SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                                  QStringLiteral("id_number"), row->idNumber);
        for (const QString &key : keysFor(input, blind.get())) {
            if (Result<> added = stage.add(key.toUtf8(), id); !added)
                return added;
        }
        // The last customer is reported once the secondary index below is built too: at a
        // million customers that takes a while, and 100% should mean done.
        if (++done % 10000 == 0 && done < total) {
            if (progress)
                progress(done, total);
            if (stopRequested && stopRequested())
                return Error(QStringLiteral("stopped"));
        }
    }
    customers.finish();
    if (Result<> moved = stage.moveIntoIndex(); !moved)
        return moved;
    if (Result<> indexed = query.exec(QStringLiteral("CREATE INDEX customer_search_key_customer "
                                                     "ON customer_search_key(customer_id)"));
        !indexed)
        return indexed;
    if (progress)
        progress(done, std::max(done, total));
    // Without the reveal key the addresses got no key: a session that may reveal makes them.
    if (keepIdentifierKeys)
        owesAddressKeys();
    else if (blind && !m_store.setSetting(kAddressKeysOwed, QStringLiteral("0")))
        return Error(QStringLiteral("cannot record the address keys made"));
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
    if (m_store.fieldsEncrypted() && !m_store.fieldKeys())
        return {}; // the blind keys need the data key: built when a user opens it
    if (!isCurrent()) {
        if (Result<> rebuilt = rebuild(); !rebuilt)
            return rebuilt;
    }
    return completeAddressKeys();
}

} // namespace bd
