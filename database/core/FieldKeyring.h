#pragma once

#include "app/domain/Result.h"

#include <QString>

#include <memory>

namespace bd {

class FieldKeys;
class Store;

// The key slots of a workstation database: the data key wrapped once per staff user under
// a key-encryption key that Argon2id derives from the user's password (its own salt per
// slot). Opening a slot hands the data key to the Store for the session; making a slot
// needs the data key open (or just made). Policy (who may make the key, what a user
// without a slot gets) is the services' business (FieldKeyAccess).
//
// Each slot also holds its own X25519 key pair (secret half wrapped like the data key) and,
// for a role with reveal_personal_data, a grant: the file's reveal secret key sealed to the
// slot's public key. A holder's session can grant it to another slot without that user's
// password; any session can withdraw it (docs/SECURITY.md §3).
class FieldKeyring
{
public:
    explicit FieldKeyring(Store &store);

    // Makes the file's data key, records its fingerprint and opens it in the Store (the
    // reveal key pair comes with the first slot that may hold it).
    // Plain values already in the file stay plain until PlaintextSealing::sealAll().
    Result<std::shared_ptr<const FieldKeys>> create();
    // Writes (or replaces) the user's slot for the open data key; with mayReveal the slot
    // gets the reveal key too when the open keys hold it (otherwise a holder grants it
    // later), and a file without a reveal key pair gets one now.
    Result<> addSlot(const QString &userId, const QString &password, bool mayReveal);
    bool hasSlot(const QString &userId) const;

    enum class OpenResult { Opened, NoSlot, WrongPassword };
    // Opens the user's slot and unlocks the Store; an error when the slot cannot be read.
    // The reveal key is opened only with mayReveal; a slot from before the reveal key pair
    // is rewritten with its own pair (the password is at hand).
    Result<OpenResult> open(const QString &userId, const QString &password, bool mayReveal);

    // The reveal key pair of a file that has none yet (made before it, or by this session's
    // upgrade): made with the open data key, its public half recorded, the Store unlocked
    // with both halves. Does nothing when the pair exists.
    Result<> ensureRevealKey();
    bool hasRevealKey() const;
    // Grants the open reveal key to these users' slots that lack it; withdraws it from
    // the slots of everyone else. Returns how many slots were granted.
    Result<int> followPermissions(const QStringList &mayRevealUserIds);

private:
    static Result<> deriveKek(const QString &password, const QByteArray &salt,
                              unsigned long long ops, std::size_t mem, unsigned char *kek);

    std::shared_ptr<const FieldKeys> withFileRevealKey(const std::shared_ptr<const FieldKeys> &keys,
                                                       QByteArrayView grant,
                                                       QByteArrayView slotPublic,
                                                       const unsigned char *slotSecret) const;

    Store &m_store;
};

} // namespace bd
