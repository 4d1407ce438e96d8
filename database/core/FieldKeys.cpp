#include "database/core/FieldKeys.h"

#include <QHash>
#include <QMutex>

#include <sodium.h>

#include <cstring>

namespace bd {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "BDfields";
enum Subkey : std::uint64_t { FieldEncryption = 1, BlindIndex = 2, KeyName = 3 };
// Subkeys of the reveal secret key.
constexpr char kRevealContext[crypto_kdf_CONTEXTBYTES + 1] = "BDreveal";
enum RevealSubkey : std::uint64_t { RevealIndex = 1, RevealSealing = 2 };
// Identifiers a session keeps opened: some tens of searches' rows, a few MB at most.
constexpr qsizetype kOpenedKept = 20000;
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t kTokenBytes = 16;

const unsigned char *bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char *>(view.data());
}
} // namespace

bool FieldKeys::initialise()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Sealed box -> plain value. Values are copied in and out (never shared with a caller), so
// that forgetting can wipe their bytes.
struct FieldKeys::OpenedIdentifiers
{
    QMutex mutex;
    QHash<QByteArray, QByteArray> plain;

    void wipe()
    {
        for (auto it = plain.begin(); it != plain.end(); ++it)
            sodium_memzero(it.value().data(), std::size_t(it.value().size()));
        plain.clear();
    }
};

FieldKeys::FieldKeys()
    : m_opened(std::make_unique<OpenedIdentifiers>())
{
}

FieldKeys::~FieldKeys()
{
    forgetOpened();
    sodium_free(m_memory); // wipes before freeing
    sodium_free(m_revealSecret);
}

void FieldKeys::forgetOpened() const
{
    QMutexLocker lock(&m_opened->mutex);
    m_opened->wipe();
}

qsizetype FieldKeys::openedKept() const
{
    QMutexLocker lock(&m_opened->mutex);
    return m_opened->plain.size();
}

std::shared_ptr<const FieldKeys> FieldKeys::generate()
{
    if (!initialise())
        return nullptr;
    unsigned char key[kKeyBytes];
    crypto_kdf_keygen(key);
    auto keys = fromDataKey(key);
    sodium_memzero(key, sizeof key);
    return keys;
}

std::shared_ptr<const FieldKeys> FieldKeys::fromDataKey(const unsigned char *dataKey)
{
    if (!initialise())
        return nullptr;
    std::shared_ptr<FieldKeys> keys(new FieldKeys);
    keys->m_memory = static_cast<unsigned char *>(sodium_malloc(3 * kKeyBytes));
    if (!keys->m_memory)
        return nullptr;
    std::memcpy(keys->m_memory, dataKey, kKeyBytes);
    crypto_kdf_derive_from_key(keys->m_memory + kKeyBytes, kKeyBytes, FieldEncryption, kKdfContext,
                               dataKey);
    crypto_kdf_derive_from_key(keys->m_memory + 2 * kKeyBytes, kKeyBytes, BlindIndex, kKdfContext,
                               dataKey);
    unsigned char name[kKeyBytes];
    crypto_kdf_derive_from_key(name, sizeof name, KeyName, kKdfContext, dataKey);
    keys->m_keyId = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(name), 16).toBase64());
    sodium_memzero(name, sizeof name);
    sodium_mprotect_readonly(keys->m_memory);
    return keys;
}

QString FieldKeys::keyId() const
{
    return m_keyId;
}

QByteArray FieldKeys::seal(QByteArrayView plain) const
{
    QByteArray out(qsizetype(kNonce + std::size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, bytes(plain),
                                               std::size_t(plain.size()), nullptr, 0, nullptr,
                                               nonce, fieldKey());
    return out;
}

std::optional<QByteArray> FieldKeys::open(QByteArrayView sealed) const
{
    if (std::size_t(sealed.size()) < kNonce + kTag)
        return std::nullopt;
    QByteArray plain(qsizetype(std::size_t(sealed.size()) - kNonce - kTag), Qt::Uninitialized);
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
                reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                bytes(sealed) + kNonce, std::size_t(sealed.size()) - kNonce, nullptr, 0,
                bytes(sealed), fieldKey())
        != 0)
        return std::nullopt;
    return plain;
}

QString FieldKeys::blindToken(QByteArrayView domain, QByteArrayView value) const
{
    unsigned char out[kTokenBytes];
    crypto_generichash_state state;
    crypto_generichash_init(&state, indexKey(), kKeyBytes, sizeof out);
    const unsigned char separator = 0;
    crypto_generichash_update(&state, bytes(domain), std::size_t(domain.size()));
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, bytes(value), std::size_t(value.size()));
    crypto_generichash_final(&state, out, sizeof out);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out)
                                       .toBase64(QByteArray::Base64UrlEncoding
                                                 | QByteArray::OmitTrailingEquals));
}

QByteArray FieldKeys::wrap(const unsigned char *kek, QByteArrayView associatedData) const
{
    QByteArray out(qsizetype(kNonce + kKeyBytes + kTag), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, dataKey(), kKeyBytes,
                                               bytes(associatedData),
                                               std::size_t(associatedData.size()), nullptr, nonce,
                                               kek);
    return out;
}

std::shared_ptr<const FieldKeys> FieldKeys::unwrap(QByteArrayView wrapped, const unsigned char *kek,
                                                   QByteArrayView associatedData)
{
    if (!initialise() || std::size_t(wrapped.size()) != kNonce + kKeyBytes + kTag)
        return nullptr;
    auto *key = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
    if (!key)
        return nullptr;
    unsigned long long written = 0;
    const bool opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
                                key, &written, nullptr, bytes(wrapped) + kNonce,
                                std::size_t(wrapped.size()) - kNonce, bytes(associatedData),
                                std::size_t(associatedData.size()), bytes(wrapped), kek)
            == 0;
    std::shared_ptr<const FieldKeys> keys = opened ? fromDataKey(key) : nullptr;
    sodium_free(key);
    return keys;
}

std::shared_ptr<const FieldKeys> FieldKeys::withRevealKey(const QByteArray &publicKey,
                                                         const unsigned char *secretKey) const
{
    std::shared_ptr<const FieldKeys> copy = fromDataKey(dataKey());
    if (!copy || publicKey.size() != kRevealKeyBytes)
        return copy;
    auto *keys = const_cast<FieldKeys *>(copy.get()); // not shared yet
    keys->m_revealPublic = publicKey;
    if (secretKey) {
        keys->m_revealSecret = static_cast<unsigned char *>(sodium_malloc(kRevealKeyBytes));
        if (!keys->m_revealSecret)
            return nullptr;
        std::memcpy(keys->m_revealSecret, secretKey, kRevealKeyBytes);
        sodium_mprotect_readonly(keys->m_revealSecret);
    }
    return copy;
}

std::shared_ptr<const FieldKeys> FieldKeys::withNewRevealKey() const
{
    QByteArray publicKey(kRevealKeyBytes, Qt::Uninitialized);
    auto *secret = static_cast<unsigned char *>(sodium_malloc(kRevealKeyBytes));
    if (!secret)
        return nullptr;
    crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret);
    std::shared_ptr<const FieldKeys> keys = withRevealKey(publicKey, secret);
    sodium_free(secret);
    return keys;
}

QByteArray FieldKeys::sealIdentifier(QByteArrayView plain) const
{
    QByteArray out(qsizetype(crypto_box_SEALBYTES) + plain.size(), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), bytes(plain),
                    std::size_t(plain.size()), bytes(m_revealPublic));
    return out;
}

std::optional<QByteArray> FieldKeys::openIdentifier(QByteArrayView sealed) const
{
    if (!m_revealSecret || sealed.size() < qsizetype(crypto_box_SEALBYTES))
        return std::nullopt;
    const QByteArray box = sealed.toByteArray();
    {
        QMutexLocker lock(&m_opened->mutex);
        const auto known = m_opened->plain.constFind(box);
        if (known != m_opened->plain.constEnd())
            return QByteArray(known->constData(), known->size());
    }
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), bytes(sealed),
                             std::size_t(sealed.size()), bytes(m_revealPublic), m_revealSecret)
        != 0)
        return std::nullopt;
    QMutexLocker lock(&m_opened->mutex);
    if (m_opened->plain.size() >= kOpenedKept)
        m_opened->wipe();
    m_opened->plain.insert(box, QByteArray(plain.constData(), plain.size()));
    return plain;
}

QString FieldKeys::revealToken(QByteArrayView domain, QByteArrayView value) const
{
    if (!m_revealSecret)
        return {};
    unsigned char key[kKeyBytes];
    crypto_kdf_derive_from_key(key, sizeof key, RevealIndex, kRevealContext, m_revealSecret);
    unsigned char out[kTokenBytes];
    crypto_generichash_state state;
    crypto_generichash_init(&state, key, sizeof key, sizeof out);
    const unsigned char separator = 0;
    crypto_generichash_update(&state, bytes(domain), std::size_t(domain.size()));
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, bytes(value), std::size_t(value.size()));
    crypto_generichash_final(&state, out, sizeof out);
    sodium_memzero(key, sizeof key);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out)
                                       .toBase64(QByteArray::Base64UrlEncoding
                                                 | QByteArray::OmitTrailingEquals));
}

QByteArray FieldKeys::sealUnderRevealKey(QByteArrayView plain,
                                         QByteArrayView associatedData) const
{
    if (!m_revealSecret)
        return {};
    unsigned char key[kKeyBytes];
    crypto_kdf_derive_from_key(key, sizeof key, RevealSealing, kRevealContext, m_revealSecret);
    QByteArray out(qsizetype(kNonce + std::size_t(plain.size()) + kTag), Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonce, &written, bytes(plain),
                                               std::size_t(plain.size()), bytes(associatedData),
                                               std::size_t(associatedData.size()), nullptr, nonce,
                                               key);
    sodium_memzero(key, sizeof key);
    return out;
}

std::optional<QByteArray> FieldKeys::openUnderRevealKey(QByteArrayView sealed,
                                                        QByteArrayView associatedData) const
{
    if (!m_revealSecret || std::size_t(sealed.size()) < kNonce + kTag)
        return std::nullopt;
    unsigned char key[kKeyBytes];
    crypto_kdf_derive_from_key(key, sizeof key, RevealSealing, kRevealContext, m_revealSecret);
    QByteArray plain(qsizetype(std::size_t(sealed.size()) - kNonce - kTag), Qt::Uninitialized);
    unsigned long long written = 0;
    const bool opened = crypto_aead_xchacha20poly1305_ietf_decrypt(
                                reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
                                bytes(sealed) + kNonce, std::size_t(sealed.size()) - kNonce,
                                bytes(associatedData), std::size_t(associatedData.size()),
                                bytes(sealed), key)
            == 0;
    sodium_memzero(key, sizeof key);
    if (!opened)
        return std::nullopt;
    return plain;
}

QByteArray FieldKeys::sealRevealKeyTo(QByteArrayView slotPublicKey) const
{
    if (!m_revealSecret || slotPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray out(qsizetype(crypto_box_SEALBYTES) + kRevealKeyBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char *>(out.data()), m_revealSecret,
                    kRevealKeyBytes, bytes(slotPublicKey));
    return out;
}

std::shared_ptr<const FieldKeys> FieldKeys::openRevealGrant(QByteArrayView grant,
                                                           QByteArrayView slotPublicKey,
                                                           const unsigned char *slotSecretKey) const
{
    if (grant.size() != qsizetype(crypto_box_SEALBYTES) + kRevealKeyBytes
        || slotPublicKey.size() != crypto_box_PUBLICKEYBYTES)
        return nullptr;
    auto *secret = static_cast<unsigned char *>(sodium_malloc(kRevealKeyBytes));
    if (!secret)
        return nullptr;
    std::shared_ptr<const FieldKeys> keys;
    unsigned char derivedPublic[crypto_box_PUBLICKEYBYTES];
    // A grant must open to the secret half of this file's public key, or it is not one.
    if (crypto_box_seal_open(secret, bytes(grant), std::size_t(grant.size()), bytes(slotPublicKey),
                             slotSecretKey)
                == 0
        && crypto_scalarmult_base(derivedPublic, secret) == 0
        && QByteArrayView(reinterpret_cast<const char *>(derivedPublic), kRevealKeyBytes)
                == QByteArrayView(m_revealPublic))
        keys = withRevealKey(m_revealPublic, secret);
    sodium_free(secret);
    return keys;
}

} // namespace bd
