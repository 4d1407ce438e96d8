#include "database/core/FieldKeyring.h"

#include "app/common/Argon2Cost.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>

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

Result<std::shared_ptr<const FieldKeys>> FieldKeyring::create()
{
    std::shared_ptr<const FieldKeys> keys = FieldKeys::generate();
    if (!keys) {
        return Error(QStringLiteral("cannot make a data key (libsodium unavailable or no locked memory)"));
    }
    if (!m_store.setSetting(kKeyIdSetting, keys->keyId())) {
        return Error(QStringLiteral("cannot record the data key"));
    }
    m_store.setFieldKeyId(keys->keyId());
    m_store.unlockFields(keys);
    qCInfo(lcDb) << "made the data key" << keys->keyId();
    return keys;
}

Result<> FieldKeyring::deriveKek(const QString &password, const QByteArray &salt,
                             unsigned long long ops, std::size_t mem, unsigned char *kek)
{
    if (!FieldKeys::initialise() || salt.size() != crypto_pwhash_SALTBYTES) {
        return Error(QStringLiteral("bad key slot"));
    }
    const QByteArray secret = password.toUtf8();
    if (crypto_pwhash(kek, FieldKeys::kKeyBytes, secret.constData(),
                      static_cast<unsigned long long>(secret.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return Error(QStringLiteral("Argon2id ran out of memory"));
    }
    return {};
}

Result<> FieldKeyring::addSlot(const QString &userId, const QString &password)
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys)
        return Error(SensitiveColumns::lockedMessage());
    FieldKeys::initialise(); // done already: the keys exist
    QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
    randombytes_buf(salt.data(), std::size_t(salt.size()));
    // The same cost as the password hash (Argon2Costs), which an attacker holding the
    // file can attack anyway; the slot records it, so a later change keeps old slots open.
    const Argon2Cost cost = Argon2Costs::current();
    const unsigned long long ops = cost.passes;
    const std::size_t mem = std::size_t(cost.memoryKiB) * 1024;
    unsigned char *kek = static_cast<unsigned char *>(sodium_malloc(FieldKeys::kKeyBytes));
    const Result<> derived = kek ? deriveKek(password, salt, ops, mem, kek)
                                 : Result<>(Error(QString()));
    if (!derived) {
        sodium_free(kek);
        return derived;
    }
    const QByteArray wrapped = keys->wrap(kek, slotContext(userId, keys->keyId()));
    sodium_free(kek);

    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO key_slot(user_id, key_id, salt, opslimit, memlimit, wrapped, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
            "key_id = excluded.key_id, salt = excluded.salt, opslimit = excluded.opslimit, "
            "memlimit = excluded.memlimit, wrapped = excluded.wrapped, "
            "created_at = excluded.created_at"));
    query.bind(userId).bind(keys->keyId()).bind(salt).bind(qint64(ops));
    query.bind(qint64(mem)).bind(wrapped).bind(SqlTime::now());
    return query.exec();
}

bool FieldKeyring::hasSlot(const QString &userId) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT 1 FROM key_slot WHERE user_id = ? AND key_id = ?"));
    query.bind(userId).bind(m_store.fieldKeyId());
    return query.exec() && query.next();
}

Result<FieldKeyring::OpenResult> FieldKeyring::open(const QString &userId,
                                                    const QString &password)
{
    SqlQuery query(m_store.database(), QStringLiteral("SELECT salt, opslimit, memlimit, wrapped "
                                                      "FROM key_slot WHERE user_id = ? AND key_id = ?"));
    query.bind(userId).bind(m_store.fieldKeyId());
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
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
        return Error(QStringLiteral("key slot with out-of-range parameters"));
    }
    if (!FieldKeys::initialise()) {
        return Error(QStringLiteral("libsodium cannot start"));
    }
    unsigned char *kek = static_cast<unsigned char *>(sodium_malloc(FieldKeys::kKeyBytes));
    const Result<> derived = kek ? deriveKek(password, salt, static_cast<unsigned long long>(ops),
                                             std::size_t(mem), kek)
                                 : Result<>(Error(QString()));
    if (!derived) {
        sodium_free(kek);
        return derived.error();
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
