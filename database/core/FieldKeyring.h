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
class FieldKeyring
{
public:
    explicit FieldKeyring(Store &store);

    // Makes the file's data key, records its fingerprint and opens it in the Store.
    // Plain values already in the file stay plain until PlaintextSealing::sealAll().
    Result<std::shared_ptr<const FieldKeys>> create();
    // Writes (or replaces) the user's slot for the open data key.
    Result<> addSlot(const QString &userId, const QString &password);
    bool hasSlot(const QString &userId) const;

    enum class OpenResult { Opened, NoSlot, WrongPassword };
    // Opens the user's slot and unlocks the Store; an error when the slot cannot be read.
    Result<OpenResult> open(const QString &userId, const QString &password);

private:
    static Result<> deriveKek(const QString &password, const QByteArray &salt,
                              unsigned long long ops, std::size_t mem, unsigned char *kek);

    Store &m_store;
};

} // namespace bd
