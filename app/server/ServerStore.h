#pragma once

#include "app/common/AuditChain.h"
#include "app/common/SyncChange.h"
#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace bd {

class ServerSqlDialect;

// branchdesk-server's store: its migrations, the branches and the per-branch change log
// that workstations push to and pull from. On PostgreSQL (production) or on one embedded
// SQLite file (a one-branch trial); ServerSqlDialect holds what differs. One connection,
// used from the thread that opened it (the server's event loop).
class ServerStore
{
public:
    struct Settings
    {
        enum class Driver { Postgres, Sqlite };
        Driver driver = Driver::Postgres;
        QString path; // the SQLite file
        QString host = QStringLiteral("127.0.0.1");
        int port = 5432;
        QString database = QStringLiteral("branchdesk");
        QString user = QStringLiteral("branchdesk");
        QString password;
    };

    ServerStore();
    ~ServerStore();
    Q_DISABLE_COPY_MOVE(ServerStore)

    bool open(const Settings &settings); // connects and applies pending migrations
    bool isOpen() const;
    QString errorString() const { return m_error; }
    int schemaVersion() const;
    static int latestSchemaVersion(Settings::Driver driver = Settings::Driver::Postgres);
    QString epoch() const;

    // Creates the branch; an existing one keeps its code and name unless `rename` (the
    // administrator's add-branch, not an import).
    bool ensureBranch(const QString &id, const QString &code, const QString &name,
                      bool rename = false);
    bool hasBranch(const QString &id) const;
    struct Branch
    {
        QString id;
        QString code;
        QString name;
    };
    // Every branch, by code: reference data sent with each pull (see SYNC_PROTOCOL.md).
    std::optional<QList<Branch>> branches() const; // empty: the store could not be read

    // Staff accounts and bearer tokens.
    bool addAccount(const QString &username, const QString &branchId, StaffRole role,
                    const QString &password);
    struct Caller
    {
        QString username;
        QString branchId;
        StaffRole role = StaffRole::Teller;
    };
    struct Token
    {
        QString token; // shown once; only its hash is stored
        QDateTime expiresAt;
        Caller caller;
    };
    std::optional<Token> signIn(const QString &username, const QString &password,
                                int validSeconds = 8 * 3600);
    std::optional<Caller> authorise(const QString &token) const;

    enum class Outcome { Applied, Duplicate };
    struct Accepted
    {
        QString changeId;
        Outcome outcome;
        qint64 seq; // the number of the change in its branch's log (also for duplicates)
    };
    // Appends the changes to the branch's log in one transaction, in the given order;
    // a change id seen before is not stored again and keeps its first number.
    bool append(const QString &branchId, const QList<SyncChange> &changes,
                QList<Accepted> *accepted);
    // The branch's changes numbered above `after`, in order.
    QList<SyncChange> changesAfter(const QString &branchId, qint64 after, int limit) const;

    // A branch's baseline (see BaselinePage): written by an import in one transaction
    // that holds the branch's counter row, so `asOf` is exact; read page by page.
    struct Baseline
    {
        QString id;
        qint64 asOf = 0;
        int pages = 0;
        qint64 rows = 0;
    };
    std::optional<Baseline> baseline(const QString &branchId) const; // empty: none
    // The page's CBOR body; empty if `baselineId` is no longer current or no such page.
    QByteArray baselinePage(const QString &branchId, const QString &baselineId, int page) const;
    bool beginBaseline(const QString &branchId); // replaces the branch's pages at commit
    bool addBaselinePage(const QString &branchId, int page, const QString &table, int rows,
                         const QByteArray &body);
    std::optional<Baseline> commitBaseline(const QString &branchId, int pages, qint64 rows);
    void abortBaseline();

    // A workstation's audit entries, in its chain's order: each is stored only if it
    // links to the one before it from the same node and its hash, recomputed by
    // AuditChain::entryHash, matches its fields; one already held is a duplicate if
    // unchanged and refused if not (entries are never edited, see 0004_audit.sql).
    enum class AuditOutcome { Applied, Duplicate, Refused };
    struct AuditResult
    {
        qint64 seq;
        AuditOutcome outcome;
        QString reason;
    };
    bool appendAudit(const QString &branchId, const QString &originNode,
                     const QList<AuditEntry> &entries, QList<AuditResult> *results);

    // Which branch keeps a customer (see 0005_customer_home.sql and ServerCustomerHome.cpp):
    // only that branch may move them to another.
    struct CustomerHome
    {
        QString branchId;
        QString previousBranchId; // the branch a move took them from; empty if none
    };
    std::optional<CustomerHome> customerHome(const QString &customerId) const;
    // `replace`: the branch's import is authoritative; otherwise only customers the server
    // does not know yet are recorded (a branch's first push of a new customer).
    bool recordCustomerHomes(const QString &branchId, const QStringList &customerIds,
                             bool replace);
    bool moveCustomerHome(const QString &customerId, const QString &fromBranchId,
                          const QString &toBranchId);

private:
    bool migrate();

    std::unique_ptr<ServerSqlDialect> m_dialect;
    QString m_connectionName;
    mutable QString m_error;
};

} // namespace bd
