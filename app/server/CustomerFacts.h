#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/CustomerProfile.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace bd {

class ChangeLog;
class ServerDatabase;
struct SyncChange;

// What the server's rules know of the branches (docs/EVENTS.md, "The server's view"): each
// customer's profile, the contacts made, the opportunities made, and the branches' rule
// files and changed rules. Loaded with a branch's baseline (import-branch) and kept up to
// date from the branches' change logs, read from where it last stopped (catchUp) before
// every batch of events, so what a workstation pushed counts at the next event.
class CustomerFacts
{
public:
    CustomerFacts(const ServerDatabase &database, ChangeLog &log)
        : m_database(database)
        , m_log(log)
    {
    }

    // A branch's profiles as import-branch found them in its file, replacing what was
    // known of that branch; the change log is read on from `asOf`.
    Result<> load(const BranchId &branch, const QList<CustomerProfile> &profiles, qint64 asOf,
                  bool first);
    // Folds the changes committed since the last call; the branches whose rules changed.
    Result<QSet<BranchId>> catchUp();
    // Folds these changes of `branch` in a transaction of its own (a file's rows at import).
    Result<QSet<BranchId>> fold(const BranchId &branch, const QList<SyncChange> &changes);

    std::optional<CustomerProfile> byCif(const QString &cifNo);
    // Active customers whose birthday is on `monthDay` ("MM-DD").
    Result<QList<CustomerProfile>> bornOn(const QString &monthDay);
    // The branch's stored rule rows: its installed file (if any) and its changed rules.
    struct RuleRows
    {
        std::optional<QByteArray> installed;
        QList<QPair<QString, QByteArray>> changed; // rule id, rule JSON
    };
    Result<RuleRows> ruleRows(const BranchId &branch) const;

    static const QStringList &foldedTables();

private:
    Result<QSet<BranchId>> foldRows(const BranchId &branch, const QList<SyncChange> &changes);
    Result<> foldCustomer(const BranchId &branch, const SyncChange &change);
    Result<> foldContact(const SyncChange &change);
    Result<> foldFiring(const BranchId &branch, const SyncChange &change);
    Result<> foldDeskEvent(const BranchId &branch, const SyncChange &change);
    Result<> foldRule(const BranchId &branch, const SyncChange &change);
    Result<> storeProfile(const CustomerProfile &profile);

    const ServerDatabase &m_database;
    ChangeLog &m_log;
};

} // namespace bd
