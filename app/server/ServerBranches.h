#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// The branches the server knows, each with its change log's counter. Authoritative on the
// server (add-branch, import-branch) and sent with every pull as reference data (see
// SYNC_PROTOCOL.md).
class ServerBranches
{
public:
    explicit ServerBranches(const ServerDatabase &database)
        : m_database(database)
    {
    }

    struct Branch
    {
        BranchId id;
        QString code;
        QString name;
    };
    // Keep: an import keeps an existing branch's code and name; Rename: the administrator's
    // add-branch sets them.
    enum class Existing { Keep, Rename };
    Result<> ensure(const Branch &branch, Existing existing = Existing::Keep);
    bool contains(const BranchId &id) const; // false also when it cannot be read
    Result<QList<Branch>> all() const; // by code
    // Changes with every change of the list (and with the epoch): a pull sends the list only
    // to a workstation that names another version.
    Result<QString> listVersion(const QString &epoch) const;
    // The list's version as workstations see it: the epoch's and the stored number's.
    static QString listVersionOf(const QString &epoch, const QString &stored)
    {
        return epoch + QLatin1Char('-') + stored;
    }

private:
    const ServerDatabase &m_database;
};

} // namespace bd
