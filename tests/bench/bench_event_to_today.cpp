// From an event accepted by the server to its row in the wealth manager's Today (issue #17,
// docs/BENCHMARKS.md), with the server and the workstation each a process of its own: a real
// branchdesk-server (embedded SQLite store) and the real branchdesk program (offscreen) on
// the branch's file, signed in as a demo wealth manager (`--sign-in`, the password on its
// standard input), listening on GET /v1/listen, over loopback. Each of
// BRANCHDESK_BENCH_ROUNDS rounds (default 20) a feed posts a large transfer out of another of
// the manager's customers (consenting, contactable): the time from the 200 of POST
// /v1/events to the desk's log line "Today shows 1 new opportunities", which it writes when
// Today has shown the row (read on its stderr here as it comes), nobody touching the desk.
// The branch, either:
// - a demo branch of BRANCHDESK_BENCH_CUSTOMERS customers generated here (default 20,000)
//   and imported into the server whole (import-branch);
// - or the existing demo file BRANCHDESK_BENCH_DB (used in place: pass a copy, the desk
//   writes to it), for a branch of 1,000,000: import-branch of that 11 GB file needs about
//   35 GB of scratch disk and over an hour here, so the server gets the branch and, of its
//   customers, only the ones the events name, pushed from a scratch desk with the ids and
//   profile columns the file holds. The desk's side (the pull into a 1M file, Today's
//   refresh over the manager's book) is the whole branch's; the server's rule evaluation
//   looks one customer up by CIF, which does not grow with the branch (bench_event_ingest).
//   The given file is made a workstation of this bench's server first (joinTheServer), so
//   its rounds are ok, audit upload included; the run fails if any round of the desk was not.
// BRANCHDESK_BENCH_DESK runs another build's branchdesk (an A/B with the same bench).
//   BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_event_to_today
//   BRANCHDESK_BENCH_DB=/work/bench/1m-17.db build/tests/bench/bench_event_to_today
#include "DeskProcess.h"
#include "../common/EventFeed.h"
#include "../common/ImportedDemoBranch.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/sync/SyncState.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bd;

namespace {
int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::max(1.0, std::ceil(p * double(values.size()))));
    return values[std::min(values.size(), rank) - 1];
}

int fail(const QString &why)
{
    std::fprintf(stderr, "%s\n", qPrintable(why));
    return 1;
}

// The server gets the branch of the file `desk` and the customers `ids` of it (their
// profile columns as the file holds them), pushed by the demo branch head from a scratch
// desk at `scratch`, as a desk pushes a new customer.
Result<> pushTargets(test::SyncServerFixture &server, Store &desk, const QStringList &ids,
                     const QString &scratch)
{
    QSqlQuery query(desk.database());
    if (!query.exec(QStringLiteral("SELECT id, code FROM branch LIMIT 1")) || !query.next())
        return Error(QStringLiteral("the file has no branch"));
    const QString branchId = query.value(0).toString();
    const QString code = query.value(1).toString();
    const QString headPassword = test::SyncServerFixture::demoImporter().at(1);
    if (!server.addBranch(branchId, code)
        || !server.addAccount(QStringLiteral("head"), branchId, StaffRole::BranchHead, headPassword))
        return Error(QStringLiteral("the server did not take the branch or its head"));
    Store targets;
    if (!targets.open(scratch) || !test::SyncServerFixture::addLocalBranch(targets, branchId, code))
        return Error(QStringLiteral("no scratch desk"));
    // The roster: the head who pushes and the managers the customers name.
    if (!query.exec(QStringLiteral("SELECT id, username, display_name, role FROM staff_user")))
        return Error(query.lastError().text());
    while (query.next()) {
        if (!test::SyncBranchFixture::addToRoster(
                    targets, {query.value(0).toString(), branchId, query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString(),
                              PasswordHasher::hash(headPassword)}))
            return Error(QStringLiteral("the scratch roster was not written"));
    }
    const QStringList columns{QStringLiteral("cif_no"), QStringLiteral("manager_id"),
                              QStringLiteral("aum_fen"), QStringLiteral("tier"),
                              QStringLiteral("lifecycle_stage"), QStringLiteral("risk_level"),
                              QStringLiteral("opened_on"), QStringLiteral("marketing_consent"),
                              QStringLiteral("do_not_contact")};
    for (const QString &id : ids) {
        query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(columns.join(u',')));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            return Error(QStringLiteral("no customer ") + id);
        QVariantMap fields{{QStringLiteral("branch_id"), branchId},
                           {QStringLiteral("name"), QStringLiteral("Bench %1").arg(id.right(4))}};
        for (int i = 0; i < columns.size(); ++i)
            fields.insert(columns.at(i), query.value(i));
        if (!test::insertRecorded(targets, QStringLiteral("customer"), id, fields,
                                  {{QStringLiteral("created_at"), SqlTime::now()},
                                   {QStringLiteral("updated_at"), SqlTime::now()}}))
            return Error(QStringLiteral("the scratch customer was not written"));
    }
    query.finish();
    const SyncReport pushed = SyncEngine(targets, server.url(), QStringLiteral("head"), headPassword)
                                      .syncOnce();
    if (!pushed.ok)
        return Error(QStringLiteral("the push of the customers failed: ") + pushed.error);
    const QString refused = test::scalar(targets, QStringLiteral(
            "SELECT group_concat(refused_reason) FROM sync_outbox")).toString();
    if (!refused.isEmpty())
        return Error(QStringLiteral("the server refused: ") + refused);
    return {};
}

// A given file (the 1,000,000 demo branch) as a workstation of this bench's fresh server, so
// that it syncs as a branch's desk does, its audit chain included (issue #17):
// - a copy that synced with another server before (an earlier run of this bench) forgets
//   that server, as the snapshot for a new workstation does (SyncState::resetTo): its audit
//   chain goes up again from its first entry and this server's checkpoint key is the one it
//   keeps (else: "signs audit checkpoints with another key", and no audit upload);
// - the demo file's chain holds sign-ins of the demo staff made on the file before it met
//   any server (when it was made and checked); on a branch they went through the server.
//   Each of them signs in to this server from this workstation (its node), as they would
//   have, so the server takes their entries (else: "head has not signed in to the server
//   from this workstation").
Result<> joinTheServer(test::SyncServerFixture &server, Store &desk, const QString &branchId)
{
    SyncState state(desk);
    if (!state.epoch().isEmpty() || !state.auditServerKey().isEmpty()) {
        if (Result<> reset = state.resetTo(branchId); !reset)
            return reset;
        std::fprintf(stderr, "the file synced with another server before: its sync state is "
                             "reset to the branch's (a new workstation of this server)\n");
    }
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        const std::optional<StaffRole> role = StaffRoles::fromCode(account.role);
        if (!role)
            return Error(QStringLiteral("a demo account of an unknown role: ") + account.role);
        // The head is there already (it pushed the customers), with the demo password.
        if (account.username != test::SyncServerFixture::demoImporter().at(0)
            && !server.addAccount(account.username, branchId, *role, account.password))
            return Error(QStringLiteral("the server did not take the account ") + account.username);
        if (server.signIn(account.username, account.password, desk.nodeId()).isEmpty())
            return Error(QStringLiteral("no sign-in from the desk's node as ") + account.username);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString given = qEnvironmentVariable("BRANCHDESK_BENCH_DB");
    const int rounds = setting("BRANCHDESK_BENCH_ROUNDS", 20);
    test::SyncServerFixture server{test::SyncServerFixture::Driver::Sqlite};
    if (!server.start())
        return fail(server.errorString());
    QTemporaryDir dir;
    const QString deskFile = given.isEmpty() ? dir.filePath(QStringLiteral("desk.db")) : given;
    std::optional<DemoBranchGenerator::DemoAccount> manager;
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (account.role == QLatin1String("wealth_manager") && !manager)
            manager = account;
    }
    if (!manager)
        return fail(QStringLiteral("no demo wealth manager"));
    QElapsedTimer timer;
    timer.start();
    QString branchId;
    int customers = 0;
    QStringList cifs;
    {
        // The bench's own connection to the file, closed before the desk opens it.
        Store desk;
        if (!desk.open(deskFile))
            return fail(QStringLiteral("cannot open the desk's file ") + deskFile);
        if (given.isEmpty()) {
            const Result<test::ImportedDemoBranch> imported = test::importDemoBranch(
                    server, desk, setting("BRANCHDESK_BENCH_CUSTOMERS", 20000), 0);
            if (!imported)
                return fail(imported.errorString());
        }
        // The manager's customers the rules may reach: consenting, contactable, with no
        // opportunity yet (a file used before has some: the rule's de-duplication window).
        QSqlQuery query(desk.database());
        if (!query.exec(QStringLiteral("SELECT id, (SELECT count(*) FROM customer WHERE "
                                       "deleted = 0) FROM branch LIMIT 1"))
            || !query.next())
            return fail(QStringLiteral("the desk's file has no branch"));
        branchId = query.value(0).toString();
        customers = query.value(1).toInt();
        query.prepare(QStringLiteral("SELECT id, cif_no FROM customer WHERE manager_id = (SELECT "
                                     "id FROM staff_user WHERE username = ?) AND "
                                     "marketing_consent = 1 AND do_not_contact = 0 AND "
                                     "deleted = 0 AND id NOT IN (SELECT customer_id FROM "
                                     "opportunity) ORDER BY id LIMIT ?"));
        query.addBindValue(manager->username);
        query.addBindValue(rounds);
        if (!query.exec())
            return fail(QStringLiteral("no customers of the manager"));
        QStringList ids;
        while (query.next()) {
            ids << query.value(0).toString();
            cifs << query.value(1).toString();
        }
        query.finish();
        if (!given.isEmpty()) {
            if (const Result<> pushed = pushTargets(server, desk, ids,
                                                    dir.filePath(QStringLiteral("targets.db")));
                !pushed)
                return fail(pushed.errorString());
            if (const Result<> joined = joinTheServer(server, desk, branchId); !joined)
                return fail(joined.errorString());
        }
    }
    const double importMs = double(timer.elapsed());
    if (cifs.size() < rounds)
        return fail(QStringLiteral("only %1 reachable customers of the manager").arg(cifs.size()));
    if (given.isEmpty()
        && !server.addAccount(manager->username, branchId, StaffRole::WealthManager,
                              manager->password))
        return fail(QStringLiteral("no wealth manager account"));
    QString said;
    const QByteArray feedKey = test::addServiceAccount(server, &said);
    if (feedKey.isEmpty())
        return fail(said);

    QElapsedTimer clock;
    clock.start();
    test::DeskProcess desk(clock);
    if (!desk.start(deskFile, server.url(), manager->username, manager->password,
                    dir.filePath(QStringLiteral("config"))))
        return fail(QStringLiteral("branchdesk did not start"));
    timer.restart();
    // Signed in, its first sync round done, listening; then settled (its refresh done). A
    // round is done when it says so, ok or not (the rounds that were not are counted below).
    for (const char *said : {"branchdesk.auth", "sync round:", "listening to"}) {
        if (desk.waitFor(QString::fromLatin1(said), 0, 3600 * 1000) < 0)
            return fail(QStringLiteral("branchdesk never said \"%1\":\n%2")
                                .arg(QString::fromLatin1(said), desk.tail(20)));
    }
    desk.waitQuiet(2000, 600000);
    const double deskReadyMs = double(timer.elapsed());

    std::vector<double> latencies;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < rounds; ++round) {
        const qsizetype before = desk.lineCount();
        const QJsonObject transfer = test::transferEvent(QStringLiteral("bench-tx-%1").arg(round),
                                                         cifs.at(round), now, 8'000'000.0);
        const auto posted = test::postEvents(server, QJsonArray{transfer}, feedKey);
        const qint64 accepted = clock.nsecsElapsed();
        if (posted.status != 200)
            return fail(QStringLiteral("POST /v1/events answered %1").arg(posted.status));
        if (posted.body.value(QStringLiteral("opportunities")).toInt() != 1)
            continue; // held back or not fired: nothing to wait for (said below)
        const qsizetype shown = desk.waitFor(QStringLiteral("Today shows"), before, 30000);
        if (shown < 0)
            return fail(QStringLiteral("round %1: no row in Today within 30 s:\n%2")
                                .arg(round)
                                .arg(desk.tail(20)));
        latencies.push_back(double(desk.readAt(shown) - accepted) / 1e6);
        // Each round on its own line (at the bench's clock): an outlier is found in the
        // desk's log above it (QT_MESSAGE_PATTERN with %{time process}).
        std::fprintf(stderr, "round %d: %.1f ms\n", round, latencies.back());
        desk.waitQuiet(2000, 60000); // the round's own refresh and reads done before the next
    }
    // A desk that syncs normally: every round of the run ok (its audit chain taken too).
    const qsizetype syncRounds = desk.count(QStringLiteral("sync round: "));
    const qsizetype roundsOk = desk.count(QStringLiteral("sync round: ok "));
    std::printf("sync rounds of the desk: %lld, %lld ok\n", qlonglong(syncRounds), qlonglong(roundsOk));
    std::printf("customers: %d (%s in %.0f ms; desk signed in, synced and listening in %.0f "
                "ms); rounds: %d, %d delivered to the manager\n",
                customers,
                given.isEmpty() ? "branch generated and imported"
                                : "file given, the customers the events name pushed to the server",
                importMs, deskReadyMs, rounds, int(latencies.size()));
    std::printf("event accepted -> row in Today (branchdesk process): p50 %.1f ms, p95 %.1f ms, "
                "max %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    if (roundsOk < syncRounds)
        std::fprintf(stderr, "%lld sync rounds were not ok (the desk's lines \"sync round:\" "
                             "above say why)\n", qlonglong(syncRounds - roundsOk));
    return latencies.empty() || roundsOk < syncRounds ? 1 : 0;
}
