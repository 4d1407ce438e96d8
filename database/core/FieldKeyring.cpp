#include "database/core/FieldKeyring.h"

#include "app/common/Argon2Cost.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

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
    // The same cost as the password hash (Argon2Costs), which an attacker holding the
    // file can attack anyway; the slot records it, so a later change keeps old slots open.
    const Argon2Cost cost = Argon2Costs::current();
    const unsigned long long ops = cost.passes;
    const std::size_t mem = std::size_t(cost.memoryKiB) * 1024;
    unsigned char *kek = static_cast<unsigned char *>(sodium_malloc(FieldKeys::kKeyBytes));
    if (!kek || !deriveKek(password, salt, ops, mem, kek)) {
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
    query.addBindValue(qint64(ops));
    query.addBindValue(qint64(mem));
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
    return OpenResult::Opened;
}


} // namespace bd
