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
//
// Identifiers (ID number, phone, address) are not sealed with the data key, which every
// staff slot holds, but to the file's reveal key pair (crypto_box_seal, X25519): anyone
// with the data key holds the public half and can seal; only the slots of roles with
// reveal_personal_data hold the secret half (docs/SECURITY.md §3).
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

    // The reveal key pair. A copy of these keys with the public key (every role) and, for a
    // role that may reveal, the secret key.
    static constexpr int kRevealKeyBytes = 32;
    std::shared_ptr<const FieldKeys> withRevealKey(const QByteArray &publicKey,
                                                   const unsigned char *secretKey) const;
    // A new pair: the copy holds both halves.
    std::shared_ptr<const FieldKeys> withNewRevealKey() const;
    QByteArray revealPublicKey() const { return m_revealPublic; }
    bool canSealIdentifiers() const { return m_revealPublic.size() == kRevealKeyBytes; }
    bool canOpenIdentifiers() const { return m_revealSecret != nullptr; }
    // Anonymous sealed box to the reveal key; opened only with its secret half. What a
    // session opened is kept (in memory, bounded) until forgetOpened(): a search opens the
    // same rows keystroke after keystroke, and each box costs an X25519 operation.
    QByteArray sealIdentifier(QByteArrayView plain) const;
    std::optional<QByteArray> openIdentifier(QByteArrayView sealed) const;
    // Wipes what openIdentifier kept (sign-out, lock: Store::lockFields).
    void forgetOpened() const;
    qsizetype openedKept() const; // how many values are kept (tests)
    // A keyed BLAKE2b token under a key derived from the reveal secret key (like
    // blindToken); empty without it. For values whose blind key must not let a role without
    // the reveal key test a guess (the address, SECURITY.md §4).
    QString revealToken(QByteArrayView domain, QByteArrayView value) const;
    // XChaCha20-Poly1305 under a key derived from the reveal secret key: a small value only the
    // roles that may reveal can read, as a box sealed to the reveal key, but opened in a
    // microsecond instead of an X25519 operation (the care plan keeps the birthdays of a
    // book this way, issue #15). `associatedData` binds it to its row. Empty / nullopt
    // without the secret key or when it does not open.
    QByteArray sealUnderRevealKey(QByteArrayView plain, QByteArrayView associatedData) const;
    std::optional<QByteArray> openUnderRevealKey(QByteArrayView sealed,
                                                 QByteArrayView associatedData) const;
    // The reveal secret key sealed to a slot's own public key (a grant), and back with that
    // slot's secret key.
    QByteArray sealRevealKeyTo(QByteArrayView slotPublicKey) const;
    std::shared_ptr<const FieldKeys> openRevealGrant(QByteArrayView grant,
                                                     QByteArrayView slotPublicKey,
                                                     const unsigned char *slotSecretKey) const;

    // libsodium must be initialised before any other call; cheap after the first time.
    static bool initialise();

private:
    FieldKeys();
    struct OpenedIdentifiers;
    const unsigned char *dataKey() const { return m_memory; }
    const unsigned char *fieldKey() const { return m_memory + kKeyBytes; }
    const unsigned char *indexKey() const { return m_memory + 2 * kKeyBytes; }

    unsigned char *m_memory = nullptr; // data key | field key | index key
    unsigned char *m_revealSecret = nullptr; // sodium_malloc'd; nullptr for other roles
    QByteArray m_revealPublic;
    QString m_keyId;
    std::unique_ptr<OpenedIdentifiers> m_opened;
};

} // namespace bd
