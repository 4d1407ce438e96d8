#pragma once

// Branches of their own on a running branchdesk-server (SyncServerFixture), made afresh for
// each test case so that it starts from an empty change log, and the workstation files
// signed up to them: opened in a temporary folder with the branch rows and the roster the
// server's set-up gives a workstation (not sent through its outbox), synced in-process by
// the real SyncEngine over HTTP.
#include "SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/domain/Result.h"
#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Store.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

namespace bd::test {

// A member of staff on a workstation's roster, as the server's set-up writes them.
struct RosterEntry
{
    QString id;
    QString branchId;
    QString username;
    QString displayName;
    QString role; // as stored: "teller", "branch_head", ...
    QString passwordHash;
};

class SyncBranchFixture
{
public:
    explicit SyncBranchFixture(SyncServerFixture &server)
        : m_server(server)
    {
    }

    // Forgets the last test case's branches and workstation files: call in init() (or once,
    // in initTestCase(), where the cases share one branch).
    void startCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_branches.clear();
    }
    // Drops the workstation files: call in cleanup().
    void endCase() { m_dir.reset(); }

    // A new branch on the server with a generated id and this code; its id, or empty if the
    // server's set-up refused it. Every workstation opened after it has its row.
    QString addBranch(const QString &code)
    {
        const QString id = Uuid7Generator::generate();
        if (!m_server.addBranch(id, code))
            return {};
        m_branches.append({ id, code });
        return id;
    }

    // Two workstations `a` and `b` of a new branch `code`, both signed up to it, with "wm.a"
    // (the branch head: may import and erase) and "wm.b" (a wealth manager) on the server,
    // both signing in with `password`. The branch's id, or empty if the server refused.
    QString addBranchOfTwoDesks(Store &a, Store &b, const QString &code, const QString &password)
    {
        const QString id = addBranch(code);
        if (id.isEmpty() || !signUp(a) || !signUp(b)
            || !m_server.addAccount(QStringLiteral("wm.a"), id, StaffRole::BranchHead, password)
            || !m_server.addAccount(QStringLiteral("wm.b"), id, StaffRole::WealthManager,
                                    password))
            return {};
        return id;
    }

    // A workstation file of this case: the rows of every branch added so far.
    std::unique_ptr<Store> openWorkstation(const QString &name) const
    {
        auto store = std::make_unique<Store>();
        if (!store->open(filePath(name + QStringLiteral(".db"))) || !signUp(*store))
            return nullptr;
        return store;
    }

    // Gives an open workstation file the rows of every branch added so far.
    bool signUp(Store &store) const
    {
        for (const auto &[id, code] : m_branches) {
            if (!SyncServerFixture::addLocalBranch(store, id, code))
                return false;
        }
        return true;
    }

    // A new branch with this code and its branch head: an account on the server that signs
    // in as `username` with `password`, and the roster entry its workstations get (staff id
    // `staffId`, or a generated one). Nothing if the server refused either.
    std::optional<RosterEntry> addBranchWithHead(const QString &code, const QString &username,
                                                 const QString &password,
                                                 const QString &staffId = {},
                                                 const QString &displayName
                                                 = QStringLiteral("网点负责人"))
    {
        const QString id = addBranch(code);
        if (id.isEmpty()
            || !m_server.addAccount(username, id, StaffRole::BranchHead, password))
            return std::nullopt;
        return RosterEntry{staffId.isEmpty() ? Uuid7Generator::generate() : staffId,
                           id,
                           username,
                           displayName,
                           QStringLiteral("branch_head"),
                           PasswordHasher::hash(password)};
    }

    // A workstation file of this case with `head` on its roster, as the server's set-up gives
    // it (so that they can also sign in on it offline, as at the desk).
    std::unique_ptr<Store> openWorkstationWith(const RosterEntry &head, const QString &name) const
    {
        auto store = openWorkstation(name);
        return store && addToRoster(*store, head) ? std::move(store) : nullptr;
    }

    // A wealth manager of branch `branchId` (staff id `staffId`, signing in as `username`
    // with `password`) on the roster of each of `desks`, as the server's set-up gives the
    // branch's staff to every workstation. The server account is the caller's (addAccount).
    static bool addManagerToDesks(const QList<Store *> &desks, const QString &staffId,
                                  const QString &branchId, const QString &username,
                                  const QString &password,
                                  const QString &displayName = QStringLiteral("王经理"))
    {
        const RosterEntry manager { staffId,
                                    branchId,
                                    username,
                                    displayName,
                                    QStringLiteral("wealth_manager"),
                                    PasswordHasher::hash(password) };
        for (Store *desk : desks) {
            if (!desk || !addToRoster(*desk, manager))
                return false;
        }
        return true;
    }

    // The desks of the branch head's opportunity tests: a new branch `code` with its head
    // ("head") and a wealth manager ("wm", 王经理) on the server, both signing in with
    // `password`; the head's desk and the manager's, each with both on its roster.
    struct HeadAndManagerDesks
    {
        RosterEntry head;
        QString managerId;
        std::unique_ptr<Store> headDesk;
        std::unique_ptr<Store> managerDesk;
    };
    // Nothing if the server or a desk refused.
    std::optional<HeadAndManagerDesks> addHeadAndManagerDesks(const QString &code,
                                                              const QString &password)
    {
        const std::optional<RosterEntry> head
                = addBranchWithHead(code, QStringLiteral("head"), password);
        if (!head
            || !m_server.addAccount(QStringLiteral("wm"), head->branchId, StaffRole::WealthManager,
                                    password))
            return std::nullopt;
        HeadAndManagerDesks desks { *head, Uuid7Generator::generate(),
                                    openWorkstationWith(*head, QStringLiteral("head")),
                                    openWorkstationWith(*head, QStringLiteral("manager")) };
        if (!addManagerToDesks({ desks.headDesk.get(), desks.managerDesk.get() }, desks.managerId,
                               head->branchId, QStringLiteral("wm"), password))
            return std::nullopt;
        return desks;
    }

    static bool addToRoster(Store &store, const RosterEntry &staff)
    {
        QSqlQuery insert(store.database());
        insert.prepare(QStringLiteral("INSERT INTO staff_user(id, branch_id, username, "
                                      "display_name, role, password_hash, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                      "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        for (const QString &value : { staff.id, staff.branchId, staff.username, staff.displayName,
                                      staff.role, staff.passwordHash })
            insert.addBindValue(value);
        return insert.exec();
    }

    // One sync round of the workstation, signed in as `username`; `timeoutMs` (if given)
    // bounds each request.
    SyncReport sync(Store &store, const QString &username, const QString &password,
                    int timeoutMs = 0) const
    {
        SyncEngine engine(store, m_server.url(), username, password);
        if (timeoutMs > 0)
            engine.timeoutMs = timeoutMs;
        return engine.syncOnce();
    }

    // The server's last change-log number for a branch (-1 if its store does not open).
    qint64 serverHead(const QString &branchId) const
    {
        ServerStore store;
        if (!store.open(m_server.settings()))
            return -1;
        const auto changes = store.changeLog().after(BranchId(branchId), 0, 1000000);
        return changes && !changes->isEmpty() ? changes->last().seq : 0;
    }

    // The folder of this case's workstation files, and a file in it.
    QString folder() const { return m_dir->path(); }
    QString filePath(const QString &name) const { return m_dir->filePath(name); }

private:
    SyncServerFixture &m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<std::pair<QString, QString>> m_branches; // id, code
};

// Each desk syncs in this order through `sync` (a desk named twice syncs twice): the first
// failure's error. A test's case is a sequence of rounds at several desks.
inline Result<> syncInTurn(std::initializer_list<Store *> desks,
                           const std::function<SyncReport(Store &)> &sync)
{
    for (Store *desk : desks) {
        if (const SyncReport report = sync(*desk); !report.ok)
            return Error(report.error);
    }
    return {};
}

} // namespace bd::test
