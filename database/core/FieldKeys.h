#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace bd {

// The unlocked key material of one workstation database: the random 256-bit data key and
// the subkeys derived from it (crypto_kdf): one encrypts field values, one keys the blind
// search index, one names the key (its public fingerprint). Held in sodium_malloc'd,
// mlock'd memory that is wiped when the last holder lets go; never written anywhere in
// clear. Immutable once made, so threads share it through a shared_ptr.
class FieldKeys
{
public:
    static constexpr int kKeyBytes = 32;

    ~FieldKeys();
    FieldKeys(const FieldKeys &) = delete;
    FieldKeys &operator=(const FieldKeys &) = delete;

    static std::shared_ptr<const FieldKeys> generate();
    // The keys of a data key opened from a key slot; nullptr if memory cannot be locked.
    static std::shared_ptr<const FieldKeys> fromDataKey(const unsigned char *dataKey);

    // Public fingerprint of the data key (base64), stored in the file to tell which key a
    // slot or an index belongs to.
    QString keyId() const;

    // XChaCha20-Poly1305 with a random nonce: nonce | ciphertext | tag.
    QByteArray seal(QByteArrayView plain) const;
    std::optional<QByteArray> open(QByteArrayView sealed) const;

    // Keyed BLAKE2b of a domain and a value, 128 bits as base64url: equal inputs give equal
    // tokens, and nobody without the key can test a guess.
    QString blindToken(QByteArrayView domain, QByteArrayView value) const;

    // The data key sealed under a key-encryption key (for a key slot), and back.
    QByteArray wrap(const unsigned char *kek, QByteArrayView associatedData) const;
    static std::shared_ptr<const FieldKeys> unwrap(QByteArrayView wrapped, const unsigned char *kek,
                                                   QByteArrayView associatedData);

    // libsodium must be initialised before any other call; cheap after the first time.
    static bool initialise();

private:
    FieldKeys() = default;
    const unsigned char *dataKey() const { return m_memory; }
    const unsigned char *fieldKey() const { return m_memory + kKeyBytes; }
    const unsigned char *indexKey() const { return m_memory + 2 * kKeyBytes; }

    unsigned char *m_memory = nullptr; // data key | field key | index key
    QString m_keyId;
};

} // namespace bd
