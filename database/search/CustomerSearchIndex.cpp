#include "database/search/CustomerSearchIndex.h"

#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/Pinyin.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace bd {

namespace {
// Key prefixes: whole name / later part of the name, whole pinyin / from a later syllable,
// initials / later initials, CIF, mobile and ID number reversed.
const QString kName = QStringLiteral("n:");
const QString kNamePart = QStringLiteral("ns:");
const QString kPinyin = QStringLiteral("p:");
const QString kPinyinPart = QStringLiteral("ps:");
const QString kInitials = QStringLiteral("i:");
const QString kInitialsPart = QStringLiteral("is:");
const QString kCif = QStringLiteral("c:");
const QString kMobileReversed = QStringLiteral("mr:");
const QString kIdReversed = QStringLiteral("dr:");
// Blind keys (encrypted file): whole number, and last 4/5/6 characters.
const QString kMobileBlind = QStringLiteral("mb:");
const QString kMobileBlindSuffix = QStringLiteral("ms:");
const QString kIdBlind = QStringLiteral("db:");
const QString kIdBlindSuffix = QStringLiteral("ds:");
const QString kAddressBlind = QStringLiteral("ab:"); // whole address, never looked up by typing
const QString kIndexKeySetting = QStringLiteral("search_index_key");
const QString kClearIndex = QStringLiteral("clear"); // numbers in clear: a file without a key
// Sorts after every character, astral planes included, for "key < prefix + kTop".
const QString kTop = QString::fromUcs4(U"\U0010FFFF", 1);
const QString kIndexVersionSetting = QStringLiteral("search_index_version");

QString reversed(const QString &text)
{
    QString result = text;
    std::reverse(result.begin(), result.end());
    return result;
}

// Digits (and the X of an ID number) only, upper case: how a number is typed.
QString normalisedNumber(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('x') || c == QLatin1Char('X'))
            result.append(c.toUpper());
    }
    return result;
}

// The blind tokens of one number: domain "m"/"d" for the whole, "m4", "d6", ... for tails.
QString blindWhole(const FieldKeys &keys, const char *domain, const QString &number)
{
    return keys.blindToken(QByteArrayView(domain), number.toLatin1());
}

QString blindTail(const FieldKeys &keys, const char *domain, int length, const QString &tail)
{
    const QByteArray tagged = QByteArray(domain) + QByteArray::number(length);
    return keys.blindToken(tagged, tail.toLatin1());
}

void addBlindKeys(QStringList &out, const FieldKeys &keys, const char *domain,
                  const QString &whole, const QString &suffixPrefix, const QString &number)
{
    if (number.isEmpty())
        return;
    out << whole + blindWhole(keys, domain, number);
    for (const int length : CustomerSearchIndex::kSuffixLengths) {
        if (number.size() > length)
            out << suffixPrefix + blindTail(keys, domain, length, number.right(length));
    }
}

bool containsHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x2E80; });
}
} // namespace

CustomerSearchIndex::CustomerSearchIndex(Store &store)
    : m_store(store)
{
}

QStringList CustomerSearchIndex::keysFor(const CustomerKeyInput &customer, const FieldKeys *blind)
{
    QStringList keys;
    const QString name = customer.name.simplified().remove(QLatin1Char(' '));
    if (!name.isEmpty()) {
        keys << kName + name;
        const QList<uint> characters = name.toUcs4();
        for (int i = 1; i < characters.size(); ++i)
            keys << kNamePart + QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()) + i,
                                                  characters.size() - i);
        const Pinyin::NameSpellings spellings = Pinyin::forName(name);
        for (int v = 0; v < spellings.full.size(); ++v) {
            keys << kPinyin + spellings.full.at(v);
            const QStringList &syllables = spellings.syllables.at(v);
            for (int i = 1; i < syllables.size(); ++i)
                keys << kPinyinPart + syllables.mid(i).join(QString());
        }
        for (const QString &initials : spellings.initials) {
            keys << kInitials + initials;
            for (int i = 1; i + 1 < initials.size(); ++i)
                keys << kInitialsPart + initials.mid(i);
        }
    }
    if (!customer.cifNo.isEmpty())
        keys << kCif + customer.cifNo.toUpper();
    if (blind) {
        addBlindKeys(keys, *blind, "m", kMobileBlind, kMobileBlindSuffix,
                     normalisedNumber(customer.phone));
        const QString address = normalisedAddress(customer.address);
        if (!address.isEmpty())
            keys << kAddressBlind + blind->blindToken("a", address.toUtf8());
        addBlindKeys(keys, *blind, "d", kIdBlind, kIdBlindSuffix,
                     normalisedNumber(customer.idNumber));
    } else {
        if (!customer.phone.isEmpty())
            keys << kMobileReversed + reversed(customer.phone);
        if (!customer.idNumber.isEmpty())
            keys << kIdReversed + reversed(customer.idNumber.toUpper());
    }
    keys.removeDuplicates();
    return keys;
}

QString CustomerSearchIndex::sharedMobilePrefix()
{
    return kMobileBlind;
}

QString CustomerSearchIndex::sharedAddressPrefix()
{
    return kAddressBlind;
}

QString CustomerSearchIndex::normalisedAddress(const QString &address)
{
    const QString folded = address.normalized(QString::NormalizationForm_KC).toUpper();
    QString result;
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            result.append(c);
    }
    return result;
}

namespace {
QSqlQuery prepareInsert(Store &store)
{
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO customer_search_key(key, customer_id) VALUES (?, ?)"));
    return insert;
}
} // namespace

bool CustomerSearchIndex::insertKeys(QSqlQuery &insert, const QString &customerId,
                                     const QStringList &keys)
{
    for (const QString &key : keys) {
        insert.bindValue(0, key);
        insert.bindValue(1, customerId);
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

bool CustomerSearchIndex::update(const QString &customerId)
{
    QSqlQuery remove(m_store.database());
    remove.prepare(QStringLiteral("DELETE FROM customer_search_key WHERE customer_id = ?"));
    remove.addBindValue(customerId);
    if (!remove.exec()) {
        m_error = remove.lastError().text();
        return false;
    }
    QSqlQuery customer(m_store.database());
    customer.prepare(QStringLiteral("SELECT name, coalesce(phone, ''), coalesce(id_number, ''), "
                                    "cif_no, address FROM customer WHERE id = ? AND deleted = 0"));
    customer.addBindValue(customerId);
    if (!customer.exec()) {
        m_error = customer.lastError().text();
        return false;
    }
    if (!customer.next())
        return true; // deleted or erased: no keys
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys && m_store.fieldsEncrypted()) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery insert = prepareInsert(m_store);
    return insertKeys(insert, customerId,
                      keysFor({customer.value(0).toString(),
                               SensitiveColumns::open(m_store, customer.value(1)),
                               SensitiveColumns::open(m_store, customer.value(2)),
                               customer.value(3).toString(),
                               SensitiveColumns::open(m_store, customer.value(4))},
                              keys.get()));
}

bool CustomerSearchIndex::rebuild(const Progress &progress)
{
    Transaction transaction(m_store.database());
    if (!rebuildInOpenTransaction(progress))
        return false;
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    return true;
}

bool CustomerSearchIndex::rebuildInOpenTransaction(const Progress &progress)
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    if (!blind && m_store.fieldsEncrypted()) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("DELETE FROM customer_search_key"))
        || !query.exec(QStringLiteral("DROP INDEX IF EXISTS customer_search_key_customer"))) {
        m_error = query.lastError().text();
        return false;
    }
    qint64 total = 0;
    if (query.exec(QStringLiteral("SELECT count(*) FROM customer WHERE deleted = 0")) && query.next())
        total = query.value(0).toLongLong();
    QSqlQuery customers(m_store.database());
    customers.setForwardOnly(true);
    if (!customers.exec(QStringLiteral("SELECT id, name, coalesce(phone, ''), "
                                       "coalesce(id_number, ''), cif_no, address FROM customer "
                                       "WHERE deleted = 0"))) {
        m_error = customers.lastError().text();
        return false;
    }
    // A million customers make some fifteen million keys: they go in through the sqlite3
    // C API (one prepared statement, no QVariant per value), and the secondary index is
    // built once at the end instead of being kept up row by row.
    sqlite3 *db = Store::nativeHandle(m_store.database());
    if (!db) {
        m_error = QStringLiteral("the search index needs an SQLite database");
        return false;
    }
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                               "VALUES (?1, ?2)", -1, &insert, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    qint64 done = 0;
    bool ok = true;
    while (ok && customers.next()) {
        const QByteArray id = customers.value(0).toString().toUtf8();
        const QStringList keys = keysFor({customers.value(1).toString(),
                                          SensitiveColumns::open(m_store, customers.value(2)),
                                          SensitiveColumns::open(m_store, customers.value(3)),
                                          customers.value(4).toString(),
                                          SensitiveColumns::open(m_store, customers.value(5))},
                                         blind.get());
        for (const QString &key : keys) {
            const QByteArray utf8 = key.toUtf8();
            sqlite3_bind_text(insert, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                m_error = QString::fromUtf8(sqlite3_errmsg(db));
                ok = false;
                break;
            }
            sqlite3_reset(insert);
        }
        if (progress && (++done % 10000 == 0 || done == total))
            progress(done, total);
    }
    sqlite3_finalize(insert);
    customers.finish();
    if (!ok)
        return false;
    if (!query.exec(QStringLiteral("CREATE INDEX customer_search_key_customer "
                                   "ON customer_search_key(customer_id)"))) {
        m_error = query.lastError().text();
        return false;
    }
    if (!m_store.setSetting(kIndexVersionSetting, QString::number(kVersion))
        || !m_store.setSetting(kIndexKeySetting, blind ? blind->keyId() : kClearIndex)) {
        m_error = QStringLiteral("cannot record the search index version");
        return false;
    }
    return true;
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

bool CustomerSearchIndex::ensureCurrent()
{
    if (isCurrent())
        return true;
    if (m_store.fieldsEncrypted() && !m_store.fieldKeys())
        return true; // the blind keys need the data key: built when a user opens it
    return rebuild();
}

QString CustomerSearchIndex::top()
{
    return kTop;
}

QList<CustomerSearchIndex::KeyRange> CustomerSearchIndex::rangesFor(const QString &typed,
                                                                    const FieldKeys *blind)
{
    QString text = typed.simplified().remove(QLatin1Char(' '));
    if (text.isEmpty())
        return {};

    static const QRegularExpression cif(QStringLiteral("^[cC]\\d+$"));
    static const QRegularExpression digits(QStringLiteral("^\\d+[xX]?$"));
    static const QRegularExpression latin(QStringLiteral("^[a-zA-Z]+$"));
    if (containsHan(text))
        return {{kName + text, MatchKind::Name, 1, 0, {}, {}}, {kNamePart + text, MatchKind::Name, 2, 2, {}, {}}};
    if (cif.match(text).hasMatch())
        return {{kCif + text.toUpper(), MatchKind::Cif, 1, 0, {}, {}}};
    if (digits.match(text).hasMatch()) {
        if (text.size() < 4)
            return {}; // three digits match a tenth of the branch: not a search
        if (blind) {
            const QString number = text.toUpper();
            // The longest indexed tail the typed text covers; more typed than that is
            // checked against the opened value.
            int tail = 0;
            for (const int length : kSuffixLengths)
                tail = number.size() >= length ? length : tail;
            const QString verify = number.size() > tail ? number : QString();
            return {{kMobileBlind + blindWhole(*blind, "m", number), MatchKind::Mobile, 0, 0, {}, {}},
                    {kIdBlind + blindWhole(*blind, "d", number), MatchKind::IdNumber, 0, 0, {}, {}},
                    {kMobileBlindSuffix + blindTail(*blind, "m", tail, number.right(tail)),
                     MatchKind::Mobile, 2, 2, verify, QStringLiteral("phone")},
                    {kIdBlindSuffix + blindTail(*blind, "d", tail, number.right(tail)),
                     MatchKind::IdNumber, 2, 2, verify, QStringLiteral("id_number")}};
        }
        const QString backwards = reversed(text.toUpper());
        return {{kMobileReversed + backwards, MatchKind::Mobile, 2, 0, {}, {}},
                {kIdReversed + backwards, MatchKind::IdNumber, 2, 0, {}, {}}};
    }
    if (latin.match(text).hasMatch()) {
        const QString lower = text.toLower();
        return {{kInitials + lower, MatchKind::Initials, 1, 0, {}, {}},
                {kPinyin + lower, MatchKind::Pinyin, 1, 0, {}, {}},
                {kInitialsPart + lower, MatchKind::Initials, 2, 2, {}, {}},
                {kPinyinPart + lower, MatchKind::Pinyin, 2, 2, {}, {}}};
    }
    return {{kName + text, MatchKind::Name, 1, 0, {}, {}}};
}

QList<CustomerSearchIndex::Hit> CustomerSearchIndex::lookup(const QString &typed, int limit) const
{
    const std::shared_ptr<const FieldKeys> blind = m_store.fieldKeys();
    const QList<KeyRange> ranges = rangesFor(typed, blind.get());
    if (ranges.isEmpty())
        return {};

    QSqlQuery query(m_store.database());
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
        query.bindValue(0, range.prefix);
        query.bindValue(1, range.prefix + kTop);
        // A checked tail (five digits looked up by their last four) reads more candidates,
        // most of which the check drops.
        query.bindValue(2, std::max(range.verifySuffix.isEmpty() ? kScanLimit : 10 * kScanLimit, limit));
        if (!query.exec()) {
            m_error = query.lastError().text();
            return {};
        }
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
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(column));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return false;
    return normalisedNumber(SensitiveColumns::open(m_store, query.value(0))).endsWith(tail);
}

} // namespace bd
