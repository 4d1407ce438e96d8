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
const QString kRevealPublicSetting = QStringLiteral("reveal_public_key");
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

// The slot is bound to its user and to the data key it holds, so a slot copied onto
// another user (or from another file) does not open.
QByteArray slotContext(const QString &userId, const QString &keyId)
{
    return QStringLiteral("branchdesk-slot|%1|%2").arg(userId, keyId).toUtf8();
}

QByteArray boxContext(const QString &userId, const QString &keyId)
{
    return slotContext(userId, keyId) + "|box";
}

// The slot's own secret key under the slot's key-encryption key.
QByteArray wrapSecret(const unsigned char *secret, const unsigned char *kek, const QByteArray &ad)
{
    QByteArray out(qsizetype(kNonce + crypto_box_SECRETKEYBYTES + kTag), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
            nonce + kNonce, &written, secret, crypto_box_SECRETKEYBYTES,
            reinterpret_cast<const unsigned char *>(ad.constData()), std::size_t(ad.size()),
            nullptr, nonce, kek);
    return out;
}

bool unwrapSecret(const QByteArray &wrapped, const unsigned char *kek, const QByteArray &ad,
                  unsigned char *secret)
{
    if (std::size_t(wrapped.size()) != kNonce + crypto_box_SECRETKEYBYTES + kTag)
        return false;
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.constData());
    unsigned long long written = 0;
    return crypto_aead_xchacha20poly1305_ietf_decrypt(
                   secret, &written, nullptr, in + kNonce, std::size_t(wrapped.size()) - kNonce,
                   reinterpret_cast<const unsigned char *>(ad.constData()),
                   std::size_t(ad.size()), in, kek)
            == 0;
}

} // namespace

FieldKeyring::FieldKeyring(Store &store)
    : m_store(store)
{
}

Result<std::shared_ptr<const FieldKeys>> FieldKeyring::create()
{
    // The reveal key pair comes with the first slot of a role that may reveal (addSlot), so
    // that its secret half is never made without someone to hold it.
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

Result<> FieldKeyring::addSlot(const QString &userId, const QString &password, bool mayReveal)
{
    if (!m_store.fieldKeys())
        return Error(SensitiveColumns::lockedMessage());
    // The first slot of a role that may reveal (set-up, or a file from before the pair)
    // gets a new pair: from then on identifiers are sealed to it.
    if (mayReveal && !hasRevealKey()) {
        if (Result<> made = ensureRevealKey(); !made)
            return made;
    }
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
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
    QByteArray boxPublic(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    auto *boxSecret = static_cast<unsigned char *>(sodium_malloc(crypto_box_SECRETKEYBYTES));
    if (!boxSecret) {
        sodium_free(kek);
        return Error(QStringLiteral("no locked memory for the slot's key pair"));
    }
    crypto_box_keypair(reinterpret_cast<unsigned char *>(boxPublic.data()), boxSecret);
    const QByteArray boxWrapped = wrapSecret(boxSecret, kek, boxContext(userId, keys->keyId()));
    sodium_free(boxSecret);
    sodium_free(kek);
    // Without the reveal key open here (an administrator's session) the grant waits for
    // the next sign-in of someone who holds it (followPermissions).
    const QByteArray grant = mayReveal ? keys->sealRevealKeyTo(boxPublic) : QByteArray();

    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO key_slot(user_id, key_id, salt, opslimit, memlimit, wrapped, created_at, "
            "box_public, box_secret, reveal_grant) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(user_id) DO UPDATE SET "
            "key_id = excluded.key_id, salt = excluded.salt, opslimit = excluded.opslimit, "
            "memlimit = excluded.memlimit, wrapped = excluded.wrapped, "
            "created_at = excluded.created_at, box_public = excluded.box_public, "
            "box_secret = excluded.box_secret, reveal_grant = excluded.reveal_grant"));
    query.bind(userId).bind(keys->keyId()).bind(salt).bind(qint64(ops));
    query.bind(qint64(mem)).bind(wrapped).bind(SqlTime::now()).bind(boxPublic).bind(boxWrapped);
    query.bind(grant.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(grant));
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
                                                    const QString &password, bool mayReveal)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT salt, opslimit, memlimit, wrapped, box_public, box_secret, reveal_grant "
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
    const QByteArray boxPublic = query.value(4).toByteArray();
    const QByteArray boxWrapped = query.value(5).toByteArray();
    const QByteArray grant = query.value(6).toByteArray();
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
    const std::shared_ptr<const FieldKeys> dataKeys
            = FieldKeys::unwrap(wrapped, kek, slotContext(userId, m_store.fieldKeyId()));
    if (!dataKeys || dataKeys->keyId() != m_store.fieldKeyId()) {
        sodium_free(kek);
        return OpenResult::WrongPassword;
    }
    auto *boxSecret = static_cast<unsigned char *>(sodium_malloc(crypto_box_SECRETKEYBYTES));
    const bool hasPair = boxSecret
            && unwrapSecret(boxWrapped, kek, boxContext(userId, m_store.fieldKeyId()), boxSecret);
    sodium_free(kek);
    const std::shared_ptr<const FieldKeys> keys = withFileRevealKey(
            dataKeys, mayReveal ? QByteArrayView(grant) : QByteArrayView(), boxPublic,
            hasPair ? boxSecret : nullptr);
    sodium_free(boxSecret);
    if (!keys)
        return Error(QStringLiteral("no locked memory for the keys"));
    m_store.unlockFields(keys);
    if (!hasPair) { // a slot from before the reveal key pair: rewritten with one
        if (Result<> rewritten = addSlot(userId, password, mayReveal); !rewritten)
            return rewritten.error();
        return OpenResult::Opened;
    }
    if (!mayReveal && !grant.isEmpty()) { // the role no longer reveals
        SqlQuery drop(m_store.database(),
                      QStringLiteral("UPDATE key_slot SET reveal_grant = NULL WHERE user_id = ?"));
        drop.bind(userId);
        if (Result<> dropped = drop.exec(); !dropped)
            return dropped.error();
    }
    return OpenResult::Opened;
}

std::shared_ptr<const FieldKeys>
FieldKeyring::withFileRevealKey(const std::shared_ptr<const FieldKeys> &keys, QByteArrayView grant,
                                QByteArrayView slotPublic, const unsigned char *slotSecret) const
{
    const QByteArray publicKey
            = QByteArray::fromBase64(m_store.setting(kRevealPublicSetting).toLatin1());
    if (publicKey.size() != FieldKeys::kRevealKeyBytes)
        return keys; // a file from before the reveal key pair
    std::shared_ptr<const FieldKeys> withPublic = keys->withRevealKey(publicKey, nullptr);
    if (!withPublic || grant.isEmpty() || !slotSecret)
        return withPublic;
    std::shared_ptr<const FieldKeys> withSecret
            = withPublic->openRevealGrant(grant, slotPublic, slotSecret);
    if (!withSecret)
        qCWarning(lcDb) << "a reveal grant does not open: the slot keeps the public key only";
    return withSecret ? withSecret : withPublic;
}

bool FieldKeyring::hasRevealKey() const
{
    return !m_store.setting(kRevealPublicSetting).isEmpty();
}

Result<> FieldKeyring::ensureRevealKey()
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    if (!keys)
        return Error(SensitiveColumns::lockedMessage());
    if (hasRevealKey())
        return {};
    const std::shared_ptr<const FieldKeys> withPair = keys->withNewRevealKey();
    if (!withPair)
        return Error(QStringLiteral("cannot make the reveal key pair"));
    if (!m_store.setSetting(kRevealPublicSetting,
                            QString::fromLatin1(withPair->revealPublicKey().toBase64())))
        return Error(QStringLiteral("cannot record the reveal key"));
    m_store.unlockFields(withPair);
    qCInfo(lcDb) << "made the reveal key pair";
    return {};
}

Result<int> FieldKeyring::followPermissions(const QStringList &mayRevealUserIds)
{
    const std::shared_ptr<const FieldKeys> keys = m_store.fieldKeys();
    SqlQuery slotRows(m_store.database(), QStringLiteral(
            "SELECT user_id, box_public, reveal_grant IS NOT NULL FROM key_slot WHERE key_id = ?"));
    slotRows.bind(m_store.fieldKeyId());
    if (Result<> ran = slotRows.exec(); !ran)
        return ran.error();
    struct Change { QString userId; QByteArray grant; };
    QList<Change> changes;
    while (slotRows.next()) {
        const QString userId = slotRows.value(0).toString();
        const bool granted = slotRows.value(2).toBool();
        const bool may = mayRevealUserIds.contains(userId);
        if (!may && granted)
            changes.append({userId, {}});
        else if (may && !granted && keys && keys->canOpenIdentifiers()) {
            const QByteArray grant = keys->sealRevealKeyTo(slotRows.value(1).toByteArray());
            if (!grant.isEmpty())
                changes.append({userId, grant});
        }
    }
    slotRows.finish();
    int grants = 0;
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE key_slot SET reveal_grant = ? WHERE user_id = ?"));
    for (const Change &change : changes) {
        update.bind(change.grant.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                           : QVariant(change.grant));
        update.bind(change.userId);
        if (Result<> done = update.exec(); !done)
            return done.error();
        grants += change.grant.isEmpty() ? 0 : 1;
    }
    return grants;
}


} // namespace bd
