// From an event accepted by the server to its row in the wealth manager's Today (issue #17,
// docs/BENCHMARKS.md), with the server and the workstation each a process of its own: a real
// branchdesk-server (embedded SQLite store) with a branch imported, and the real branchdesk
// program (offscreen) on the branch's file, signed in as a demo wealth manager
// (`--sign-in`, the password on its standard input), listening on GET /v1/listen, over
// loopback. The branch: a demo branch of BRANCHDESK_BENCH_CUSTOMERS customers generated here
// (default 20,000), or the existing demo file BRANCHDESK_BENCH_DB (used in place: pass a
// copy; it is imported as it is). Each of BRANCHDESK_BENCH_ROUNDS rounds (default 20) a
// feed posts a large transfer out of another of the manager's customers (consenting,
// contactable): the time from the 200 of POST /v1/events to the desk's log line "Today shows
// 1 new opportunities", which it writes when Today has shown the row (read on its stderr
// here as it comes), nobody touching the desk.
//   BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_event_to_today
#include "../common/ImportedDemoBranch.h"
#include "../common/SyncServerFixture.h"
#include "app/demo/DemoBranchGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
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

// The branchdesk process and the lines of its log (stderr), each with the moment this
// process read it (on `clock`).
class DeskProcess
{
public:
    DeskProcess(const QElapsedTimer &clock)
        : m_clock(clock)
    {
        QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] {
            const qint64 at = m_clock.nsecsElapsed();
            m_partial += m_process.readAllStandardError();
            qsizetype end = 0;
            while ((end = m_partial.indexOf('\n')) >= 0) {
                m_lines.push_back({QString::fromUtf8(m_partial.left(end)), at});
                m_partial.remove(0, end + 1);
            }
        });
    }
    ~DeskProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
        }
    }

    bool start(const QString &file, const QUrl &server, const QString &user,
               const QString &password, const QString &home)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Its remembered server goes to a settings file of its own, not the user's.
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(BRANCHDESK_WORKSTATION_BINARY),
                        {QStringLiteral("--db"), file, QStringLiteral("--server"), server.toString(),
                         QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--sign-in"), user});
        if (!m_process.waitForStarted(30000))
            return false;
        m_process.write(password.toUtf8() + '\n');
        m_process.closeWriteChannel();
        return true;
    }

    // Waits for a line from `from` on that contains `text`; its index, or -1.
    qsizetype waitFor(const QString &text, qsizetype from, int timeoutMs)
    {
        qsizetype found = -1;
        QTest::qWaitFor([&] {
            for (qsizetype i = from; i < qsizetype(m_lines.size()) && found < 0; ++i) {
                if (m_lines[std::size_t(i)].text.contains(text))
                    found = i;
            }
            return found >= 0 || m_process.state() == QProcess::NotRunning;
        }, timeoutMs);
        return found;
    }
    // Waits until the desk wrote nothing for `quietMs` (its sync and refresh done).
    void waitQuiet(int quietMs, int timeoutMs)
    {
        QElapsedTimer total;
        total.start();
        while (total.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            const std::size_t before = m_lines.size();
            QTest::qWait(quietMs);
            if (m_lines.size() == before)
                return;
        }
    }

    qsizetype lineCount() const { return qsizetype(m_lines.size()); }
    qint64 readAt(qsizetype line) const { return m_lines[std::size_t(line)].at; }
    QString tail(int count) const
    {
        QStringList last;
        for (std::size_t i = m_lines.size() > std::size_t(count) ? m_lines.size() - count : 0;
             i < m_lines.size(); ++i)
            last << m_lines[i].text;
        return last.join(QLatin1Char('\n'));
    }

private:
    struct Line
    {
        QString text;
        qint64 at = 0;
    };
    const QElapsedTimer &m_clock;
    QProcess m_process;
    QByteArray m_partial;
    std::vector<Line> m_lines;
};
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
            branchId = imported->branchId;
        } else {
            const QString said = server.importBranch(deskFile, {}, 4 * 3600 * 1000);
            if (!said.contains(QStringLiteral("Snapshot for new workstations")))
                return fail(QStringLiteral("import-branch said: ") + said);
        }
        // The manager's customers the rules may reach: consenting, contactable.
        QSqlQuery query(desk.database());
        if (!query.exec(QStringLiteral("SELECT id, (SELECT count(*) FROM customer WHERE "
                                       "deleted = 0) FROM branch LIMIT 1"))
            || !query.next())
            return fail(QStringLiteral("the desk's file has no branch"));
        branchId = query.value(0).toString();
        customers = query.value(1).toInt();
        query.prepare(QStringLiteral("SELECT cif_no FROM customer WHERE manager_id = (SELECT id "
                                     "FROM staff_user WHERE username = ?) AND "
                                     "marketing_consent = 1 AND do_not_contact = 0 AND "
                                     "deleted = 0 ORDER BY id LIMIT ?"));
        query.addBindValue(manager->username);
        query.addBindValue(rounds);
        if (!query.exec())
            return fail(QStringLiteral("no customers of the manager"));
        while (query.next())
            cifs << query.value(0).toString();
    }
    const double importMs = double(timer.elapsed());
    if (cifs.size() < rounds)
        return fail(QStringLiteral("only %1 reachable customers of the manager").arg(cifs.size()));
    if (!server.addAccount(manager->username, branchId, StaffRole::WealthManager,
                           manager->password))
        return fail(QStringLiteral("no wealth manager account"));
    const auto account = server.runCommand({QStringLiteral("add-service-account"),
                                            QStringLiteral("core-banking")});
    const qsizetype at = account.output.indexOf(QLatin1String("bdsa_"));
    if (at < 0)
        return fail(account.output + account.errors);
    const QByteArray feedKey
            = account.output.mid(at).section(QRegularExpression(QStringLiteral("\\s")), 0, 0).toLatin1();

    QElapsedTimer clock;
    clock.start();
    DeskProcess desk(clock);
    if (!desk.start(deskFile, server.url(), manager->username, manager->password,
                    dir.filePath(QStringLiteral("config"))))
        return fail(QStringLiteral("branchdesk did not start"));
    timer.restart();
    // Signed in, its first sync round done, listening; then settled (its refresh done).
    for (const char *said : {"branchdesk.auth", "sync round: ok", "listening to"}) {
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
        const QJsonObject transfer{{QStringLiteral("event_id"), QStringLiteral("bench-tx-%1").arg(round)},
                                   {QStringLiteral("kind"), QStringLiteral("transaction")},
                                   {QStringLiteral("cif_no"), cifs.at(round)},
                                   {QStringLiteral("occurred_at"), now.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("amount_fen"), 8'000'000.0},
                                   {QStringLiteral("direction"), QStringLiteral("out")},
                                   {QStringLiteral("channel"), QStringLiteral("mobile")}};
        const auto posted = server.request(
                QStringLiteral("POST"), QStringLiteral("/v1/events"),
                QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{transfer}}}).toJson(),
                feedKey);
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
        desk.waitQuiet(300, 30000); // the round's own refresh done before the next
    }
    std::printf("customers: %d (branch %s and imported in %.0f ms; desk signed in, synced and "
                "listening in %.0f ms); rounds: %d, %d delivered to the manager\n",
                customers, given.isEmpty() ? "generated" : "file given", importMs, deskReadyMs,
                rounds, int(latencies.size()));
    std::printf("event accepted -> row in Today (branchdesk process): p50 %.1f ms, p95 %.1f ms, "
                "max %.1f ms\n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0));
    return latencies.empty() ? 1 : 0;
}
