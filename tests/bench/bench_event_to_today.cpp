// From an event accepted by the server to its row in the wealth manager's Today (issue #17,
// docs/BENCHMARKS.md): a real branchdesk-server process (embedded SQLite store) with a demo
// branch of BRANCHDESK_BENCH_CUSTOMERS customers imported (default 20,000), and the
// workstation's own code in this process (Workstation, its main window offscreen, signed in
// as a demo wealth manager, its SyncController listening on GET /v1/listen), over loopback.
// Each of BRANCHDESK_BENCH_ROUNDS rounds (default 20) a feed posts a large transfer out of
// another of the manager's customers (consenting, contactable): the time from the 200 of
// POST /v1/events to one more row in Today's opportunity table, nobody touching the desk.
//   QT_QPA_PLATFORM=offscreen BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_event_to_today
#include "../common/EventFeed.h"
#include "../common/ImportedDemoBranch.h"
#include "../common/SyncServerFixture.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SyncController.h"
#include "ui/calls/OpportunityModel.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/WealthManagerWorkspace.h"
#include "ui/shell/Workstation.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
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
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int customers = setting("BRANCHDESK_BENCH_CUSTOMERS", 20000);
    const int rounds = setting("BRANCHDESK_BENCH_ROUNDS", 20);
    test::SyncServerFixture server{test::SyncServerFixture::Driver::Sqlite};
    if (!server.start())
        return fail(server.errorString());
    QTemporaryDir dir;
    auto desk = std::make_unique<Store>();
    if (!desk->open(dir.filePath(QStringLiteral("desk.db"))))
        return fail(QStringLiteral("cannot open the desk's file"));
    QElapsedTimer timer;
    timer.start();
    const Result<test::ImportedDemoBranch> imported = test::importDemoBranch(server, *desk, customers, 0);
    if (!imported)
        return fail(imported.errorString());
    const double importMs = double(timer.elapsed());
    std::optional<DemoBranchGenerator::DemoAccount> manager;
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (account.role == QLatin1String("wealth_manager") && !manager)
            manager = account;
    }
    if (!manager || !server.addAccount(manager->username, imported->branchId,
                                       StaffRole::WealthManager, manager->password))
        return fail(QStringLiteral("no wealth manager account"));
    const std::optional<Session> session
            = AuthService(*desk).signIn(manager->username, manager->password).session;
    if (!session)
        return fail(QStringLiteral("the manager cannot sign in"));
    // The manager's customers the rules may reach: consenting, contactable, not a VIP tier
    // that another rule holds back.
    QStringList cifs;
    {
        QSqlQuery query(desk->database());
        query.prepare(QStringLiteral("SELECT cif_no FROM customer WHERE manager_id = ? AND "
                                     "marketing_consent = 1 AND do_not_contact = 0 AND "
                                     "deleted = 0 ORDER BY id LIMIT ?"));
        query.addBindValue(session->user.id);
        query.addBindValue(rounds);
        if (!query.exec())
            return fail(QStringLiteral("no customers of the manager"));
        while (query.next())
            cifs << query.value(0).toString();
    }
    if (cifs.size() < rounds)
        return fail(QStringLiteral("only %1 reachable customers of the manager").arg(cifs.size()));
    QString said;
    const QByteArray feedKey = test::addServiceAccount(server, &said);
    if (feedKey.isEmpty())
        return fail(said);

    Workstation workstation(std::move(desk));
    workstation.setSyncServer(server.url(), {});
    workstation.enter(*session, manager->username, manager->password);
    auto *today = qobject_cast<WealthManagerWorkspace *>(workstation.mainWindow()->workspace());
    if (!today)
        return fail(QStringLiteral("no Today"));
    auto settled = [&] {
        return workstation.syncController()->listener().isListening()
                && !workstation.syncController()->isRunning() && !today->isLoading();
    };
    if (!QTest::qWaitFor(settled, 600000))
        return fail(QStringLiteral("the first sync did not finish"));

    std::vector<double> latencies;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int round = 0; round < rounds; ++round) {
        const int before = today->opportunities()->rowCount();
        const QJsonObject transfer = test::transferEvent(QStringLiteral("bench-tx-%1").arg(round),
                                                         cifs.at(round), now, 8'000'000.0);
        const auto posted = test::postEvents(server, QJsonArray{transfer}, feedKey);
        QElapsedTimer since;
        since.start();
        if (posted.status != 200)
            return fail(QStringLiteral("POST /v1/events answered %1").arg(posted.status));
        if (posted.body.value(QStringLiteral("opportunities")).toInt() != 1)
            continue; // held back or not fired: nothing to wait for (said below)
        if (!QTest::qWaitFor([&] { return today->opportunities()->rowCount() > before; }, 30000))
            return fail(QStringLiteral("round %1: no row in Today within 30 s").arg(round));
        latencies.push_back(double(since.nsecsElapsed()) / 1e6);
        QTest::qWaitFor(settled, 30000); // the round's own refresh done before the next
    }
    workstation.signOut();
    std::printf("customers: %d (demo branch generated and imported in %.0f ms); rounds: %d, "
                "%d delivered to the manager\n",
                customers, importMs, rounds, int(latencies.size()));
    std::printf("event accepted -> row in Today: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    return latencies.empty() ? 1 : 0;
}
