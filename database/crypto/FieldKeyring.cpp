#include "FieldKeyring.h"

#include "CustomerSearchIndex.h"
#include "DatabaseLogging.h"
#include "FieldKeys.h"
#include "KycSearchForm.h"
#include "SensitiveColumns.h"
#include "SqlTime.h"
#include "Store.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace bd {

namespace {
const QString kKeyIdSetting = QStringLiteral("field_key_id");

// The slot is bound to its user and to the data key it holds, so a slot copied onto
// another user (or from another file) does not open.
QByteArray slotContext(const QString &userId, const QString &keyId)
{
    return QStringLiteral("branchdesk-slot|%1|%2").arg(userId, keyId).toUtf8();
}

// Which list of columns a finished upgrade sealed. A file sealed with an older list (1:
// identifiers and contact notes only) is upgraded again at the next sign-in.
const QString kSealedListVersion = QStringLiteral("2");

// kyc_field.value_text of a file from before sealing may hold a free-text answer: it is
// derived again from the (still plain) answer, keeping only option codes.
bool reduceKycSearchForms(QSqlDatabase database, QString &error)
{
    QSqlQuery select(database);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT rowid, value_json, value_text FROM kyc_field "
                                    "WHERE value_text <> '' AND substr(value_json, 1, 5) <> 'enc1:'"))) {
        error = select.lastError().text();
        return false;
    }
    QSqlQuery update(database);
    update.prepare(QStringLiteral("UPDATE kyc_field SET value_text = ? WHERE rowid = ?"));
    while (select.next()) {
        const QString reduced = KycSearchForm::ofJson(select.value(1).toString());
        if (reduced == select.value(2).toString())
            continue;
        update.bindValue(0, reduced);
        update.bindValue(1, select.value(0));
        if (!update.exec()) {
            error = update.lastError().text();
            return false;
        }
    }
    return true;
}

// The tables with sealed columns, quoted for an IN list (fixed names, never input).
QString sensitiveTables()
{
    QStringList tables;
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        const QString quoted = QStringLiteral("'%1'").arg(QLatin1String(c.table));
        if (!tables.contains(quoted))
            tables << quoted;
    }
    return tables.join(QLatin1Char(','));
}
} // namespace

FieldKeyring::FieldKeyring(Store &store)
    : m_store(store)
{
}

std::shared_ptr<const FieldKeys> FieldKeyring::create()
{
    std::shared_ptr<const FieldKeys> keys = FieldKeys::generate();
    if (!keys) {
        m_error = QStringLiteral("cannot make a data key (libsodium unavailable or no locked memory)");
        return nullptr;
    }
    if (!m_store.setSetting(kKeyIdSetting, keys->keyId())) {
        m_error = QStringLiteral("cannot record the data key");
        return nullptr;
    }
    m_store.setFieldKeyId(keys->keyId());
    m_store.unlockFields(keys);
    qCInfo(lcDb) << "made the data key" << keys->keyId();
    return keys;
}

bool FieldKeyring::deriveKek(const QString &password, const QByteArray &salt,
                             unsigned long long ops, std::size_t mem, unsigned char *kek)
{
    if (!FieldKeys::initialise() || salt.size() != crypto_pwhash_SALTBYTES) {
        m_error = QStringLiteral("bad key slot");
        return false;
    }
    const QByteArray secret = password.toUtf8();
    if (crypto_pwhash(kek, FieldKeys::kKeyBytes, secret.constData(),
                      static_cast<unsigned long long>(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        m_error = QStringLiteral("Argon2id ran out of memory");
        return false;
    }
    return true;
}

bool FieldKeyring::addSlot(const QString &userId, const QString &password)
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    FieldKeys::initialise(); // done already: the keys exist
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    unsigned char *kek = static_cast<unsigned char *>(sodium_malloc(FieldKeys::kKeyBytes));
    if (!kek || !deriveKek(password, salt, kOpsLimit, kMemLimit, kek)) {
        sodium_free(kek);
        return false;
    }
    const QByteArray wrapped = keys->wrap(kek, slotContext(userId, keys->keyId()));
    sodium_free(kek);

    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO key_slot(user_id, key_id, salt, opslimit, memlimit, wrapped, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
            "key_id = excluded.key_id, salt = excluded.salt, opslimit = excluded.opslimit, "
            "memlimit = excluded.memlimit, wrapped = excluded.wrapped, "
            "created_at = excluded.created_at"));
    query.addBindValue(userId);
    query.addBindValue(keys->keyId());
    query.addBindValue(salt);
    query.addBindValue(qint64(kOpsLimit));
    query.addBindValue(qint64(kMemLimit));
    query.addBindValue(wrapped);
    query.addBindValue(SqlTime::now());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool FieldKeyring::hasSlot(const QString &userId) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM key_slot WHERE user_id = ? AND key_id = ?"));
    query.addBindValue(userId);
    query.addBindValue(m_store.fieldKeyId());
    return query.exec() && query.next();
}

FieldKeyring::OpenResult FieldKeyring::open(const QString &userId, const QString &password)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT salt, opslimit, memlimit, wrapped FROM key_slot "
                                 "WHERE user_id = ? AND key_id = ?"));
    query.addBindValue(userId);
    query.addBindValue(m_store.fieldKeyId());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return OpenResult::Failed;
    }
    if (!query.next())
        return OpenResult::NoSlot;
    const QByteArray salt = query.value(0).toByteArray();
    const qint64 ops = query.value(1).toLongLong();
    const qint64 mem = query.value(2).toLongLong();
    const QByteArray wrapped = query.value(3).toByteArray();
    query.finish();
    // Slot parameters come from the file: keep them in sane bounds so a doctored slot
    // cannot make sign-in eat the machine.
    if (ops < 1 || ops > 64 || mem < 8192 || mem > qint64(1) << 31) {
        m_error = QStringLiteral("key slot with out-of-range parameters");
        return OpenResult::Failed;
    }
    if (!FieldKeys::initialise()) {
        m_error = QStringLiteral("libsodium cannot start");
        return OpenResult::Failed;
    }
    unsigned char *kek = static_cast<unsigned char *>(sodium_malloc(FieldKeys::kKeyBytes));
    if (!kek || !deriveKek(password, salt, static_cast<unsigned long long>(ops), std::size_t(mem), kek)) {
        sodium_free(kek);
        return OpenResult::Failed;
    }
    const std::shared_ptr<const FieldKeys> keys
            = FieldKeys::unwrap(wrapped, kek, slotContext(userId, m_store.fieldKeyId()));
    sodium_free(kek);
    if (!keys || keys->keyId() != m_store.fieldKeyId())
        return OpenResult::WrongPassword;
    m_store.unlockFields(keys);

    CustomerSearchIndex index(m_store);
    if (!index.ensureCurrent())
        qCWarning(lcDb) << "cannot bring the search index up to date:" << index.errorString();
    return OpenResult::Opened;
}

bool FieldKeyring::encryptPlaintext()
{
    if (!m_store.fieldKeys()) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery pragma(m_store.database());
    // Freed space is zeroed, so the plain values replaced here do not linger in free pages.
    pragma.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    Transaction transaction(m_store.database());
    if (!reduceKycSearchForms(m_store.database(), m_error))
        return false;
    qint64 sealedValues = 0;
    // SQL names come from SensitiveColumns' fixed list, never from input.
    for (const SensitiveColumns::Column &c : SensitiveColumns::all()) {
        const QString table = QString::fromLatin1(c.table);
        const QString column = QString::fromLatin1(c.column);
        QSqlQuery select(m_store.database());
        select.setForwardOnly(true);
        if (!select.exec(QStringLiteral("SELECT rowid, %2 FROM %1 WHERE %2 IS NOT NULL AND %2 <> '' "
                                        "AND substr(%2, 1, 5) <> 'enc1:'")
                                 .arg(table, column))) {
            m_error = select.lastError().text();
            return false;
        }
        QSqlQuery update(m_store.database());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?").arg(table, column));
        while (select.next()) {
            const std::optional<QVariant> sealed = SensitiveColumns::seal(m_store, select.value(1));
            update.bindValue(0, sealed.value_or(QVariant()));
            update.bindValue(1, select.value(0));
            if (!sealed || !update.exec()) {
                m_error = update.lastError().text();
                return false;
            }
            ++sealedValues;
        }
    }
    // Changes waiting to be pushed and conflicts kept for review hold the same values.
    QSqlQuery outbox(m_store.database());
    outbox.setForwardOnly(true);
    if (!outbox.exec(QStringLiteral("SELECT seq, table_name, fields_json FROM sync_outbox "
                                    "WHERE table_name IN (%1)").arg(sensitiveTables()))) {
        m_error = outbox.lastError().text();
        return false;
    }
    QSqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    while (outbox.next()) {
        const QString table = outbox.value(1).toString();
        QVariantMap fields = QJsonDocument::fromJson(outbox.value(2).toByteArray()).object().toVariantMap();
        const QVariant answer = fields.value(QStringLiteral("value_json"));
        if (table == QLatin1String("kyc_field") && fields.contains(QStringLiteral("value_text"))
            && !SensitiveColumns::isSealed(answer))
            fields.insert(QStringLiteral("value_text"), KycSearchForm::ofJson(answer.toString()));
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (SensitiveColumns::isSensitive(table, it.key()) && !SensitiveColumns::isSealed(it.value()))
                it.value() = SensitiveColumns::seal(m_store, it.value()).value_or(QVariant());
        }
        rewrite.bindValue(0, QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields))
                                                       .toJson(QJsonDocument::Compact)));
        rewrite.bindValue(1, outbox.value(0));
        if (!rewrite.exec()) {
            m_error = rewrite.lastError().text();
            return false;
        }
    }
    QSqlQuery conflicts(m_store.database());
    conflicts.setForwardOnly(true);
    if (!conflicts.exec(QStringLiteral("SELECT id, table_name, field, kept_value, lost_value "
                                       "FROM sync_conflict"))) {
        m_error = conflicts.lastError().text();
        return false;
    }
    QSqlQuery reseal(m_store.database());
    reseal.prepare(QStringLiteral("UPDATE sync_conflict SET kept_value = ?, lost_value = ? WHERE id = ?"));
    while (conflicts.next()) {
        const QString table = conflicts.value(1).toString();
        const QString field = conflicts.value(2).toString();
        const bool wholeRow = field == QLatin1String("*") && SensitiveColumns::hasSensitive(table);
        if (!wholeRow && !SensitiveColumns::isSensitive(table, field))
            continue;
        QVariantList values;
        for (int i : {3, 4}) {
            const QVariant value = conflicts.value(i);
            values << (SensitiveColumns::isSealed(value)
                               ? value
                               : SensitiveColumns::seal(m_store, value).value_or(QVariant()));
        }
        reseal.bindValue(0, values.at(0));
        reseal.bindValue(1, values.at(1));
        reseal.bindValue(2, conflicts.value(0));
        if (!reseal.exec()) {
            m_error = reseal.lastError().text();
            return false;
        }
    }
    CustomerSearchIndex index(m_store);
    if (!index.rebuildInOpenTransaction()) {
        m_error = index.errorString();
        return false;
    }
    if (!m_store.setSetting(sealedSetting(), sealedListVersion())) {
        m_error = QStringLiteral("cannot record the upgrade");
        return false;
    }
    if (!transaction.commit()) {
        m_error = transaction.errorString();
        return false;
    }
    pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    qCInfo(lcDb) << "sealed" << sealedValues << "plain values of personal data";
    return true;
}

QString FieldKeyring::sealedSetting()
{
    return QStringLiteral("field_values_sealed");
}

QString FieldKeyring::sealedListVersion()
{
    return kSealedListVersion;
}

bool FieldKeyring::isSealed() const
{
    return m_store.setting(sealedSetting()) == kSealedListVersion;
}

} // namespace bd
