#pragma once

#include "app/domain/Result.h"

#include <QString>

#include <optional>

namespace bd {

class ServerDatabase;

// Machine accounts that send events to POST /v1/events (a core-banking or channel feed),
// not staff: they cannot sign in, sync or read anything. Each has one random key, shown once
// when the account is made (or its key replaced); only the key's SHA-256 is stored.
class ServiceAccounts
{
public:
    explicit ServiceAccounts(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Makes the account, or gives an existing one a new key (the old one stops working).
    Result<QString> add(const QString &name);
    // The account a key belongs to while it is active; empty if none.
    std::optional<QString> authorise(const QString &key) const;

private:
    const ServerDatabase &m_database;
};

} // namespace bd
