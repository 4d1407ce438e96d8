// The central side at bank scale (issue #19), with real processes: packaging/topology.sh
// starts a PostgreSQL primary with a synchronous hot standby, three branchdesk-server
// processes and HAProxy (and, in some cases, a second one with PgBouncer between the servers
// and PostgreSQL, or pg_auto_failover's pair, or both). Simulated workstations push and pull through them while server
// processes are killed or restarted and the primary is lost; the change log must keep
// every promise of docs/SYNC_PROTOCOL.md: per-branch order, no gap, no duplicate, nothing
// acknowledged lost. The workstation's own sync client (SyncEngine) rides out a server
// process killed under it with no balancer to send its request elsewhere.
//
// Long file: one topology is started once for all cases (about 30 s of set-up), so the
// scenarios - order, duplicates, a killed process, a rolling restart, a lost primary - stay
// in one program, in the order that leaves the failover last.
#include "../common/SyncTraffic.h"
#include "../common/Topology.h"

#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>

using namespace bd;
using namespace bd::test;

namespace {
const QString kPassword = QStringLiteral("topology-password-1");

// What one simulated workstation did: its changes in the order it pushed them and the
// numbers the server gave them; requests that failed even after retrying.
struct Record
{
    QString node;
    QStringList changeIds;
    QList<qint64> seqs;
    int failures = 0;
    int pulls = 0;
    int pulledChanges = 0;
    int retries = 0; // requests sent again (no answer, 502/503/504)
    QList<qint64> pushedAtMs {}; // when each acknowledged push was answered (ms since the epoch)
};

// Whether PostgreSQL (or PgBouncer) on `port` lets user branchdesk in with `password`.
bool signsIn(const QString &port, const QString &password)
{
    const QString name = QStringLiteral("sign-in-") + port;
    bool open = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port.toInt());
        db.setDatabaseName(QStringLiteral("branchdesk"));
        db.setUserName(QStringLiteral("branchdesk"));
        db.setPassword(password);
        // No password file: only `password` counts.
        db.setConnectOptions(QStringLiteral("passfile=/nonexistent;connect_timeout=10"));
        open = db.open() && QSqlQuery(db).exec(QStringLiteral("SELECT 1"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return open;
}

// `count` new changes of `station`, numbered from 1.
QList<QJsonObject> newChanges(SimulatedWorkstation &station, int count)
{
    QList<QJsonObject> changes;
    for (int i = 1; i <= count; ++i)
        changes << station.newChange(i);
    return changes;
}

qint64 acknowledgedOf(const QList<Record> &records)
{
    qint64 acknowledged = 0;
    for (const Record &record : records)
        acknowledged += record.changeIds.size();
    return acknowledged;
}

int retriesOf(const QList<Record> &records)
{
    int retries = 0;
    for (const Record &record : records)
        retries += record.retries;
    return retries;
}

// One workstation's work: `batches` pushes at least, and on until the disturbance that
// run() was given is over.
struct Traffic
{
    QUrl server;
    QString branch;
    QString user;
    int batches = 10;
    int batchSize = 5;
    bool pullBetween = false;
    int pauseMs = 0;
};
} // namespace

class TstTopology : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_topology.stop(); }
    void healthAndMetrics();
    void concurrentPushesThroughDifferentProcessesKeepOrder();
    void samePushThroughTwoProcessesIsStoredOnce();
    void serverKilledMidPushLosesNothing();
    void rollingRestartDuringPushesAndPulls();
    void syncRoundRetriesThroughAKilledServer();
    void pushesAndPullsThroughPgBouncer();
    void standbyPromotedByTheWatcherWhenThePrimaryStaysAway();
    // ... and, once the lost node rejoined as secondary, a second failover loses nothing.
    void pgAutoFailoverPromotesTheSecondaryWhenThePrimaryIsLost();
    void pgBouncerFollowsThePrimaryPgAutoFailoverPromotes();
    void primaryKilledStandbyPromotedLosesNothingAcknowledged();

private:
    // Runs one workstation per traffic description, each in its own thread, at once;
    // `during` runs in this thread while they work.
    QList<Record> run(const QList<Traffic> &traffic, const std::function<void()> &during = {});
    // The branch's log holds exactly the acknowledged changes, numbered 1..n, each once,
    // in the order each workstation pushed them.
    void checkLog(const QString &branch, const QList<Record> &records,
                  const QString &which = QStringLiteral("primary"));
    qint64 logCount(const QString &branch, const QString &which = QStringLiteral("primary"))
    {
        return m_active
                ->query(QStringLiteral("SELECT count(*) FROM change_log WHERE branch_id = '%1'")
                               .arg(branch),
                       which)
                .toLongLong();
    }
    // A kill must fall among the pushes: on a loaded machine the workstations' sign-ins
    // (Argon2) can take longer than any fixed wait, so wait for the first stored changes.
    void waitForFirstChanges(const QString &branch)
    {
        QTRY_VERIFY_WITH_TIMEOUT(logCount(branch) > 0, 60000);
    }
    QString addBranch(const QString &code);

    Topology m_topology;
    Topology *m_active = &m_topology; // the one addBranch, logCount and checkLog use
    int m_branches = 0;
};

QString TstTopology::addBranch(const QString &code)
{
    const QString id = QStringLiteral("branch-") + code;
    if (!m_active->serverCommand({ QStringLiteral("add-branch"), id, code,
                                   QStringLiteral("Branch ") + code })
        || !m_active->serverCommand({ QStringLiteral("add-user"), QStringLiteral("head-") + code,
                                      id, QStringLiteral("branch_head") },
                                    kPassword))
        return {};
    return id;
}

void TstTopology::initTestCase()
{
    QVERIFY2(m_topology.start(3), "packaging/topology.sh start failed (see the warning above)");
    QVERIFY(m_topology.balancer().isValid());
}

void TstTopology::healthAndMetrics()
{
    SimulatedWorkstation probe(m_topology.server(1), {}, QStringLiteral("probe"));
    probe.retryForMs = 0;
    const auto live = probe.send("GET", QStringLiteral("/health/live"), {});
    QCOMPARE(live.status, 200);
    const auto ready = probe.send("GET", QStringLiteral("/health/ready"), {});
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.body.value(QStringLiteral("ready")).toBool(), true);
    const auto health = probe.send("GET", QStringLiteral("/health"), {});
    QCOMPARE(health.body.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));

    // The balancer never hands out the metrics; each process does.
    SimulatedWorkstation outside(m_topology.balancer(), {}, QStringLiteral("probe"));
    outside.retryForMs = 0;
    QCOMPARE(outside.send("GET", QStringLiteral("/metrics"), {}).status, 403);
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(m_topology.server(1).resolved(QUrl(QStringLiteral("/metrics")))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    const QByteArray text = reply->readAll();
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(QStringLiteral("text/plain; version=0.0.4")));
    for (const char *metric : { "# TYPE branchdesk_http_requests_total counter",
                                "branchdesk_http_requests_total{route=\"/health/ready\",code=\"200\"}",
                                "branchdesk_http_request_duration_seconds_bucket{route=\"/health\",le=\"+Inf\"}",
                                "branchdesk_database_round_trips_total ", "branchdesk_database_up 1",
                                "branchdesk_changes_pushed_total{outcome=\"applied\"}",
                                "branchdesk_pulls_total ", "branchdesk_errors_total{kind=\"http_5xx\"}" })
        QVERIFY2(text.contains(metric), metric);
    reply->deleteLater();
}

QList<Record> TstTopology::run(const QList<Traffic> &traffic, const std::function<void()> &during)
{
    QList<Record> records(traffic.size());
    QList<QThread *> threads;
    std::atomic<int> done { 0 };
    std::atomic<bool> disturbed { !during };
    for (int i = 0; i < traffic.size(); ++i) {
        const Traffic t = traffic.at(i);
        Record *record = &records[i];
        record->node = QStringLiteral("node-%1-%2").arg(++m_branches).arg(i);
        threads << QThread::create([t, record, &done, &disturbed] {
            SimulatedWorkstation station(t.server, t.branch, record->node);
            if (!station.signIn(t.user, kPassword)) {
                ++record->failures;
                ++done;
                return;
            }
            int number = 0;
            for (int b = 0; b < t.batches || !disturbed; ++b) {
                QList<QJsonObject> changes;
                for (int c = 0; c < t.batchSize; ++c)
                    changes << station.newChange(++number);
                const auto pushed = station.push(changes);
                record->retries += pushed.tries - 1;
                // A request that failed even after retrying ends the workstation's round, as
                // it would a real one's (and a broken case ends in a minute, not in an hour).
                if (!pushed.ok) {
                    ++record->failures;
                    qWarning("%s: a push failed after %d tries, the last answered %d",
                             qPrintable(record->node), pushed.tries, pushed.status);
                    break;
                } else {
                    record->pushedAtMs << QDateTime::currentMSecsSinceEpoch();
                    for (int c = 0; c < changes.size(); ++c) {
                        record->changeIds << changes.at(c).value(QStringLiteral("change_id")).toString();
                        record->seqs << pushed.seqs.at(c);
                    }
                }
                if (t.pullBetween) {
                    const auto pulled = station.pull();
                    record->retries += pulled.tries - 1;
                    record->failures += !pulled.ok;
                    if (!pulled.ok) {
                        qWarning("%s: a pull failed after %d tries, the last answered %d",
                                 qPrintable(record->node), pulled.tries, pulled.status);
                        break;
                    }
                    ++record->pulls;
                    record->pulledChanges += int(pulled.changes.size());
                }
                if (t.pauseMs > 0)
                    QThread::msleep(ulong(t.pauseMs));
            }
            ++done;
        });
        threads.last()->start();
    }
    if (during) {
        during();
        QTest::qWait(500); // and some work after it
        disturbed = true;
    }
    for (QThread *thread : std::as_const(threads)) {
        while (!thread->wait(50))
            QCoreApplication::processEvents();
        delete thread;
    }
    return records;
}

void TstTopology::checkLog(const QString &branch, const QList<Record> &records,
                           const QString &which)
{
    // No gap and no duplicate: n rows numbered 1..n, n distinct change ids.
    const QStringList facts
            = m_active
                      ->query(QStringLiteral("SELECT count(*), count(DISTINCT change_id), "
                                            "coalesce(min(seq), 0), coalesce(max(seq), 0) "
                                            "FROM change_log WHERE branch_id = '%1'")
                                     .arg(branch),
                             which)
                      .split(QLatin1Char('|'));
    QCOMPARE(facts.size(), 4);
    const qint64 rows = facts.at(0).toLongLong();
    QCOMPARE(facts.at(1).toLongLong(), rows);
    QCOMPARE(facts.at(2).toLongLong(), rows > 0 ? 1 : 0);
    QCOMPARE(facts.at(3).toLongLong(), rows);
    // Every acknowledged change is there, once, with the number it was given; each
    // workstation's changes in the order it pushed them.
    QHash<QString, qint64> stored;
    const QStringList lines = m_active
                                      ->query(QStringLiteral("SELECT change_id, seq FROM change_log "
                                                            "WHERE branch_id = '%1'")
                                                     .arg(branch),
                                             which)
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        stored.insert(line.section(QLatin1Char('|'), 0, 0), line.section(QLatin1Char('|'), 1).toLongLong());
    QCOMPARE(qint64(stored.size()), rows);
    qint64 acknowledged = 0;
    for (const Record &record : records) {
        qint64 previous = 0;
        for (int i = 0; i < record.changeIds.size(); ++i) {
            const auto found = stored.constFind(record.changeIds.at(i));
            QVERIFY2(found != stored.constEnd(),
                     qPrintable(QStringLiteral("acknowledged change %1 of %2 is not in the log")
                                        .arg(record.changeIds.at(i), record.node)));
            QCOMPARE(*found, record.seqs.at(i));
            QVERIFY(*found > previous);
            previous = *found;
        }
        acknowledged += record.changeIds.size();
    }
    QVERIFY2(acknowledged <= rows, "more acknowledged than stored");
}

void TstTopology::concurrentPushesThroughDifferentProcessesKeepOrder()
{
    const QString branch = addBranch(QStringLiteral("C01"));
    QVERIFY(!branch.isEmpty());
    QList<Traffic> traffic;
    for (int i = 0; i < 6; ++i) // two workstations on each process, all at once
        traffic << Traffic { m_topology.server(1 + i % 3), branch, QStringLiteral("head-C01"), 15, 8 };
    const QList<Record> records = run(traffic);
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    QCOMPARE(logCount(branch), qint64(6 * 15 * 8));
    checkLog(branch, records);

    // A pull through the balancer sees the same log: 1..n in order.
    SimulatedWorkstation reader(m_topology.balancer(), branch, QStringLiteral("reader"));
    QVERIFY(reader.signIn(QStringLiteral("head-C01"), kPassword));
    const auto all = reader.pullAll(500);
    QVERIFY(all);
    QCOMPARE(all->size(), 6 * 15 * 8);
    for (int i = 0; i < all->size(); ++i)
        QCOMPARE(all->at(i).value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
}

void TstTopology::samePushThroughTwoProcessesIsStoredOnce()
{
    const QString branch = addBranch(QStringLiteral("C02"));
    QVERIFY(!branch.isEmpty());
    SimulatedWorkstation one(m_topology.server(1), branch, QStringLiteral("twice"));
    QVERIFY(one.signIn(QStringLiteral("head-C02"), kPassword));
    const QList<QJsonObject> changes = newChanges(one, 20);

    // One after the other: the second process answers duplicate with the same numbers.
    const auto first = one.push(changes.mid(0, 10));
    SimulatedWorkstation two(m_topology.server(2), branch, QStringLiteral("twice"));
    two.setToken(one.token());
    const auto again = two.push(changes.mid(0, 10));
    QVERIFY(first.ok && again.ok);
    QCOMPARE(first.applied, 10);
    QCOMPARE(again.duplicates, 10);
    QCOMPARE(again.seqs, first.seqs);

    // At the same moment through two processes (a lost answer sent again elsewhere).
    const QList<QJsonObject> rest = changes.mid(10);
    const QByteArray token = one.token();
    SimulatedWorkstation::Pushed a, b;
    QThread *other = QThread::create([&] {
        SimulatedWorkstation three(m_topology.server(3), branch, QStringLiteral("twice"));
        three.setToken(token);
        b = three.push(rest);
    });
    other->start();
    a = two.push(rest);
    other->wait();
    delete other;
    QVERIFY(a.ok && b.ok);
    QCOMPARE(a.applied + b.applied, 10);
    QCOMPARE(a.duplicates + b.duplicates, 10);
    QCOMPARE(a.seqs, b.seqs);
    QCOMPARE(logCount(branch), qint64(20));
    Record record { QStringLiteral("twice"), {}, first.seqs + a.seqs };
    for (const QJsonObject &change : changes)
        record.changeIds << change.value(QStringLiteral("change_id")).toString();
    checkLog(branch, { record });
}

void TstTopology::serverKilledMidPushLosesNothing()
{
    const QString branch = addBranch(QStringLiteral("C03"));
    QVERIFY(!branch.isEmpty());
    QList<Traffic> traffic;
    for (int i = 0; i < 6; ++i)
        traffic << Traffic { m_topology.balancer(), branch, QStringLiteral("head-C03"), 40, 10,
                             false, 20 };
    qint64 atKill = 0;
    const QList<Record> records = run(traffic, [&] {
        waitForFirstChanges(branch);
        QVERIFY(m_topology.command({ QStringLiteral("kill-server"), QStringLiteral("2") }));
        atKill = logCount(branch);
        QTest::qWait(1500);
        QVERIFY(m_topology.command({ QStringLiteral("start-server"), QStringLiteral("2") }));
    });
    const qint64 stored = logCount(branch);
    qInfo("server 2 killed with %lld of %lld changes stored; %d requests sent again",
          atKill, stored, retriesOf(records));
    QVERIFY2(atKill > 0 && atKill < stored, "the kill did not fall in the middle of the pushes");
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    QCOMPARE(stored, acknowledgedOf(records));
    checkLog(branch, records);
}

void TstTopology::rollingRestartDuringPushesAndPulls()
{
    const QString branch = addBranch(QStringLiteral("C04"));
    QVERIFY(!branch.isEmpty());
    const QString before = m_topology.value(QStringLiteral("SERVER_PID_1"));
    QList<Traffic> traffic;
    for (int i = 0; i < 4; ++i)
        traffic << Traffic { m_topology.balancer(), branch, QStringLiteral("head-C04"), 80, 5,
                             true, 60 };
    qint64 atEnd = 0;
    const QList<Record> records = run(traffic, [&] {
        QTest::qWait(500);
        QVERIFY(m_topology.command({ QStringLiteral("rolling-restart") }, 240000));
        atEnd = logCount(branch);
    });
    const qint64 stored = logCount(branch);
    qInfo("rolling restart over with %lld of %lld changes stored; %d requests sent again",
          atEnd, stored, retriesOf(records));
    QVERIFY2(atEnd < stored, "the restart did not happen during the pushes");
    QVERIFY(m_topology.value(QStringLiteral("SERVER_PID_1")) != before);
    for (const Record &record : records) {
        QCOMPARE(record.failures, 0);
        QCOMPARE(record.pulls, record.changeIds.size() / 5);
    }
    QCOMPARE(stored, acknowledgedOf(records));
    checkLog(branch, records);
    // Every workstation can read the whole log to its end.
    SimulatedWorkstation reader(m_topology.balancer(), branch, QStringLiteral("reader"));
    QVERIFY(reader.signIn(QStringLiteral("head-C04"), kPassword));
    QCOMPARE(qint64(reader.pullAll()->size()), stored);
}

void TstTopology::primaryKilledStandbyPromotedLosesNothingAcknowledged()
{
    const QString branch = addBranch(QStringLiteral("C05"));
    QVERIFY(!branch.isEmpty());
    QStringList pids;
    for (int i = 1; i <= 3; ++i)
        pids << m_topology.value(QStringLiteral("SERVER_PID_%1").arg(i));
    QList<Traffic> traffic;
    for (int i = 0; i < 6; ++i)
        traffic << Traffic { m_topology.balancer(), branch, QStringLiteral("head-C05"), 40, 10,
                             true, 25 };
    int unavailable = 0;
    QByteArray retryAfter;
    qint64 atKill = 0;
    const QList<Record> records = run(traffic, [&] {
        waitForFirstChanges(branch);
        atKill = logCount(branch);
        QVERIFY(m_topology.command({ QStringLiteral("kill-primary") }));
        // While no database takes writes a process says so: 503 with Retry-After, and not
        // ready (HAProxy then has no server and answers 503 itself).
        QTest::qWait(300);
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(
                QNetworkRequest(m_topology.server(1).resolved(QUrl(QStringLiteral("/health/ready")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10000);
        unavailable = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        QTest::qWait(1000);
        QVERIFY(m_topology.command({ QStringLiteral("promote") }));
    });
    const qint64 stored = logCount(branch, QStringLiteral("standby"));
    qInfo("primary killed with %lld changes stored, %lld on the new primary at the end; "
          "%d requests sent again", atKill, stored, retriesOf(records));
    QVERIFY2(atKill > 0 && atKill < stored, "the kill did not fall in the middle of the pushes");
    QVERIFY(retriesOf(records) > 0);
    QCOMPARE(unavailable, 503);
    QCOMPARE(retryAfter, QByteArray("1"));
    // The same processes carry on, now on the promoted standby.
    for (int i = 1; i <= 3; ++i)
        QCOMPARE(m_topology.value(QStringLiteral("SERVER_PID_%1").arg(i)), pids.at(i - 1));
    QCOMPARE(m_topology.query(QStringLiteral("SELECT pg_is_in_recovery()"), QStringLiteral("standby")),
             QStringLiteral("f"));
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    // Every change a workstation was told was stored is on the new primary, once.
    QCOMPARE(stored, acknowledgedOf(records));
    checkLog(branch, records, QStringLiteral("standby"));
    // The earlier branches' logs came through the failover whole as well.
    QCOMPARE(logCount(QStringLiteral("branch-C01"), QStringLiteral("standby")), qint64(6 * 15 * 8));

    // Workstations converge: each reads the same whole log.
    QList<QStringList> seen;
    for (int i = 0; i < 3; ++i) {
        SimulatedWorkstation reader(m_topology.balancer(), branch, QStringLiteral("reader-%1").arg(i));
        QVERIFY(reader.signIn(QStringLiteral("head-C05"), kPassword));
        const auto all = reader.pullAll(i == 0 ? 1000 : 77);
        QVERIFY(all);
        QStringList ids;
        for (const QJsonObject &change : *all)
            ids << change.value(QStringLiteral("change_id")).toString();
        seen << ids;
    }
    QCOMPARE(qint64(seen.at(0).size()), stored);
    QCOMPARE(seen.at(1), seen.at(0));
    QCOMPARE(seen.at(2), seen.at(0));
}

namespace {
// A workstation file of `branch` with `customers` new customers waiting in its outbox; the
// ids of their changes.
QStringList deskWithCustomers(Store &store, const QString &branch, int customers)
{
    QSqlQuery row(store.database());
    row.prepare(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(branch), QVariant(branch.right(3)),
                                   QVariant(branch), QVariant(SqlTime::now()),
                                   QVariant(SqlTime::now()) })
        row.addBindValue(value);
    if (!row.exec())
        return {};
    Transaction transaction(store.database());
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO customer(id, branch_id, cif_no, name, opened_on, "
                                  "created_at, updated_at) "
                                  "VALUES (?, ?, ?, ?, '2026-01-01', ?, ?)"));
    ChangeRecorder recorder(store);
    for (int i = 0; i < customers; ++i) {
        const QString id = Uuid7Generator::generate();
        const QString cif = QStringLiteral("T%1").arg(i, 11, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("客户%1").arg(i);
        for (const QVariant &value : { QVariant(id), QVariant(branch), QVariant(cif),
                                       QVariant(name), QVariant(SqlTime::now()),
                                       QVariant(SqlTime::now()) })
            insert.addBindValue(value);
        if (!insert.exec()
            || !recorder.recordUpsert(QStringLiteral("customer"), id,
                                      { { QStringLiteral("branch_id"), branch },
                                        { QStringLiteral("cif_no"), cif },
                                        { QStringLiteral("name"), name },
                                        { QStringLiteral("opened_on"),
                                          QStringLiteral("2026-01-01") } },
                                      0))
            return {};
    }
    if (!transaction.commit())
        return {};
    QStringList ids;
    QSqlQuery outbox(store.database());
    outbox.exec(QStringLiteral("SELECT change_id FROM sync_outbox ORDER BY seq"));
    while (outbox.next())
        ids << outbox.value(0).toString();
    return ids;
}
} // namespace

void TstTopology::syncRoundRetriesThroughAKilledServer()
{
    // The workstation's sync round talks to server 1 itself: no balancer sends a request
    // elsewhere or again. Server 1 is killed among the round's pushes and started again;
    // the round's own retries (SyncRetry) carry it to its end.
    const QString branch = addBranch(QStringLiteral("C06"));
    QVERIFY(!branch.isEmpty());
    const int customers = 3000;
    QTemporaryDir dir;
    QStringList outbox;
    SyncReport report;
    int pending = -1;
    const QUrl server = m_topology.server(1);
    QThread *desk = QThread::create([&] {
        Store store; // a connection of this thread
        if (!store.open(dir.filePath(QStringLiteral("desk.db"))))
            return;
        outbox = deskWithCustomers(store, branch, customers);
        if (outbox.size() != customers)
            return;
        SyncEngine engine(store, server, QStringLiteral("head-C06"), kPassword);
        engine.pushBatchSize = 10; // many requests, so that the kill falls among them
        report = engine.syncOnce();
        pending = ChangeRecorder::pendingCount(store);
    });
    desk->start();
    qint64 atKill = 0;
    [&] {
        waitForFirstChanges(branch);
        QVERIFY(m_topology.command({ QStringLiteral("kill-server"), QStringLiteral("1") }));
        atKill = logCount(branch);
        QVERIFY(m_topology.command({ QStringLiteral("start-server"), QStringLiteral("1") }));
    }();
    while (!desk->wait(50))
        QCoreApplication::processEvents();
    delete desk;
    QCOMPARE(outbox.size(), customers);
    const qint64 stored = logCount(branch);
    qInfo("server 1 killed with %lld of %lld changes stored; the round sent %d requests again",
          atKill, stored, report.resent);
    QVERIFY2(atKill > 0 && atKill < customers, "the kill did not fall among the pushes");
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.resent > 0);
    QCOMPARE(report.pushed + report.duplicates, customers);
    QCOMPARE(pending, 0);
    // Every change arrived exactly once, numbered 1..n in the order the desk sent them.
    QCOMPARE(stored, qint64(customers));
    Record record { QStringLiteral("desk"), outbox, {} };
    const QStringList lines
            = m_topology
                      .query(QStringLiteral("SELECT change_id, seq FROM change_log WHERE "
                                            "branch_id = '%1'")
                                     .arg(branch))
                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QHash<QString, qint64> seqOf;
    for (const QString &line : lines)
        seqOf.insert(line.section(QLatin1Char('|'), 0, 0),
                     line.section(QLatin1Char('|'), 1).toLongLong());
    for (const QString &id : std::as_const(outbox))
        record.seqs << seqOf.value(id);
    checkLog(branch, { record });
}

void TstTopology::pushesAndPullsThroughPgBouncer()
{
    // PgBouncer with pool_mode = transaction between two servers and PostgreSQL: the next
    // transaction of a server thread may run on another PostgreSQL session, where nothing
    // it prepared before exists (servers started with --pg-pooling transaction). Clients
    // sign in to it by SCRAM-SHA-256 (auth_file), as in production.
    Topology pooled;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOPOLOGY_PGBOUNCER"), QStringLiteral("transaction"));
    QVERIFY2(pooled.start(2, environment), "topology.sh start with PgBouncer failed");
    m_active = &pooled;
    const auto back = qScopeGuard([this] { m_active = &m_topology; });
    QCOMPARE(pooled.value(QStringLiteral("SERVER_PG_HOSTS")),
             QStringLiteral("127.0.0.1:") + pooled.value(QStringLiteral("PGBOUNCER_PORT")));

    // Production's authentication, not trust: PgBouncer and PostgreSQL take the database
    // user's password by SCRAM-SHA-256 and turn a wrong one away; PgBouncer holds only the
    // SCRAM verifier, never the password.
    QFile passwordFile(pooled.value(QStringLiteral("PGPASSFILE")));
    QVERIFY2(passwordFile.open(QIODevice::ReadOnly), "topology.env names no password file");
    QCOMPARE(passwordFile.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const QString password = QString::fromUtf8(passwordFile.readAll()).trimmed().section(
            QLatin1Char(':'), 4);
    QVERIFY(password.size() >= 24);
    const QString bouncer = pooled.value(QStringLiteral("PGBOUNCER_PORT"));
    const QString primary = pooled.value(QStringLiteral("PRIMARY_PORT"));
    QVERIFY2(signsIn(bouncer, password), "the password does not open PgBouncer");
    QVERIFY2(!signsIn(bouncer, QStringLiteral("not-the-password")),
             "PgBouncer lets a wrong password in");
    QVERIFY2(!signsIn(bouncer, QString()), "PgBouncer lets anyone in without a password");
    QVERIFY2(!signsIn(primary, QStringLiteral("not-the-password")),
             "PostgreSQL lets a wrong password in");
    QFile users(pooled.directory() + QStringLiteral("/pg/pgbouncer.users"));
    QVERIFY(users.open(QIODevice::ReadOnly));
    const QByteArray held = users.readAll();
    QVERIFY2(held.contains("SCRAM-SHA-256$"), held.constData());
    QVERIFY2(!held.contains(password.toUtf8()), "PgBouncer's auth_file holds the password");

    const QString branch = addBranch(QStringLiteral("P01"));
    QVERIFY(!branch.isEmpty());
    QList<Traffic> traffic;
    for (int i = 0; i < 6; ++i) // three workstations on each process, pulling between pushes
        traffic << Traffic { pooled.server(1 + i % 2), branch, QStringLiteral("head-P01"), 15, 8,
                             true };
    const QList<Record> records = run(traffic);
    for (const Record &record : records) {
        QCOMPARE(record.failures, 0);
        QCOMPARE(record.pulls, 15);
    }
    QCOMPARE(logCount(branch), qint64(6 * 15 * 8));
    checkLog(branch, records);
    // The same push again through the other process: stored once, the same numbers.
    SimulatedWorkstation twice(pooled.server(2), branch, QStringLiteral("twice"));
    QVERIFY(twice.signIn(QStringLiteral("head-P01"), kPassword));
    const QList<QJsonObject> changes = newChanges(twice, 5);
    const auto first = twice.push(changes);
    SimulatedWorkstation other(pooled.server(1), branch, QStringLiteral("twice"));
    other.setToken(twice.token());
    const auto again = other.push(changes);
    QVERIFY(first.ok && again.ok);
    QCOMPARE(again.duplicates, 5);
    QCOMPARE(again.seqs, first.seqs);
    // A reader through the balancer gets the whole log in order.
    SimulatedWorkstation reader(pooled.balancer(), branch, QStringLiteral("reader"));
    QVERIFY(reader.signIn(QStringLiteral("head-P01"), kPassword));
    const auto all = reader.pullAll(100);
    QVERIFY(all);
    QCOMPARE(all->size(), 6 * 15 * 8 + 5);
    for (int i = 0; i < all->size(); ++i)
        QCOMPARE(all->at(i).value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
    pooled.stop();
}

void TstTopology::standbyPromotedByTheWatcherWhenThePrimaryStaysAway()
{
    // topology.sh's failover watcher (TOPOLOGY_FAILOVER_SECONDS): nobody runs `promote`.
    Topology watched;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOPOLOGY_FAILOVER_SECONDS"), QStringLiteral("2"));
    QVERIFY2(watched.start(2, environment), "topology.sh start with the watcher failed");
    m_active = &watched;
    const auto back = qScopeGuard([this] { m_active = &m_topology; });
    const QString branch = addBranch(QStringLiteral("F01"));
    QVERIFY(!branch.isEmpty());
    QList<Traffic> traffic;
    for (int i = 0; i < 4; ++i)
        traffic << Traffic { watched.balancer(), branch, QStringLiteral("head-F01"), 30, 5,
                             true, 25 };
    qint64 atKill = 0;
    const QList<Record> records = run(traffic, [&] {
        waitForFirstChanges(branch);
        atKill = logCount(branch);
        QVERIFY(watched.command({ QStringLiteral("kill-primary") }));
        QTRY_COMPARE_WITH_TIMEOUT(watched.query(QStringLiteral("SELECT pg_is_in_recovery()"),
                                                QStringLiteral("standby")),
                                  QStringLiteral("f"), 60000);
    });
    const qint64 stored = logCount(branch, QStringLiteral("standby"));
    qInfo("primary killed with %lld changes stored, %lld on the promoted standby; %d requests "
          "sent again", atKill, stored, retriesOf(records));
    QVERIFY2(atKill > 0 && atKill < stored, "the kill did not fall in the middle of the pushes");
    QFile log(watched.directory() + QStringLiteral("/failover.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("promoting the standby"), "the watcher did not promote");
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    QCOMPARE(stored, acknowledgedOf(records));
    checkLog(branch, records, QStringLiteral("standby"));
    watched.stop();
}

void TstTopology::pgAutoFailoverPromotesTheSecondaryWhenThePrimaryIsLost()
{
    // TOPOLOGY_FAILOVER=pg_auto_failover: a monitor and two keepers (node1 primary, node2
    // its synchronous secondary). The primary's machine is lost (keeper, PostgreSQL and
    // backends SIGKILLed) among pushes and pulls through HAProxy; nobody promotes by hand:
    // the monitor must, and the servers must carry on on node2.
    Topology managed;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOPOLOGY_FAILOVER"), QStringLiteral("pg_auto_failover"));
    environment.insert(QStringLiteral("TOPOLOGY_FAILOVER_SECONDS"), QStringLiteral("2"));
    QVERIFY2(managed.start(2, environment), "topology.sh start with pg_auto_failover failed");
    m_active = &managed;
    const auto back = qScopeGuard([this] { m_active = &m_topology; });
    // When the monitor first recorded an event matching `where` after `since` (ms since the
    // epoch; 0: never).
    const auto monitorTime = [&managed](qint64 since, const QString &where) {
        return managed
                .query(QStringLiteral("SELECT coalesce((extract(epoch FROM min(eventtime)) * 1000)"
                                      "::bigint, 0) FROM pgautofailover.event WHERE eventtime >= "
                                      "to_timestamp(%1 / 1000.0) AND ")
                                       .arg(since)
                               + where,
                       QStringLiteral("monitor"))
                .toLongLong();
    };
    QCOMPARE(managed.query(QStringLiteral("SELECT string_agg(nodename || ':' || reportedstate, "
                                          "',' ORDER BY nodename) FROM pgautofailover.node"),
                           QStringLiteral("monitor")),
             QStringLiteral("node1:primary,node2:secondary"));
    // The servers are given both nodes and find the one that takes writes.
    QCOMPARE(managed.value(QStringLiteral("SERVER_PG_HOSTS")).remove(QLatin1Char('\\')), // printf %q
             QStringLiteral("127.0.0.1:%1,127.0.0.1:%2")
                     .arg(managed.value(QStringLiteral("NODE_PORT_1")),
                          managed.value(QStringLiteral("NODE_PORT_2"))));
    const QStringList pids { managed.value(QStringLiteral("SERVER_PID_1")),
                             managed.value(QStringLiteral("SERVER_PID_2")) };

    const QString branch = addBranch(QStringLiteral("A01"));
    QVERIFY(!branch.isEmpty());
    // A workstation that talks to server 1 itself, asking once: what it hears while no
    // database takes writes.
    SimulatedWorkstation probe(managed.server(1), branch, QStringLiteral("probe"));
    QVERIFY(probe.signIn(QStringLiteral("head-A01"), kPassword));
    const QList<QJsonObject> probeChanges = newChanges(probe, 3);
    SimulatedWorkstation::Pushed refused;

    // Four workstations pushing and pulling through HAProxy, before each loss.
    const auto fourWorkstations = [&] {
        QList<Traffic> traffic;
        for (int i = 0; i < 4; ++i)
            traffic << Traffic { managed.balancer(), branch, QStringLiteral("head-A01"), 30, 5,
                                 true, 25 };
        return traffic;
    };
    qint64 atKill = 0;
    const QList<Record> records = run(fourWorkstations(), [&] {
        waitForFirstChanges(branch);
        atKill = logCount(branch);
        QVERIFY(managed.command({ QStringLiteral("kill-primary") }));
        QCOMPARE(managed.value(QStringLiteral("KILLED_NODE")), QStringLiteral("node1"));
        probe.retryForMs = 0;
        QElapsedTimer outage;
        outage.start();
        while (refused.status != 503 && outage.elapsed() < 20000) {
            refused = probe.push(probeChanges);
            if (refused.status != 503)
                QTest::qWait(100);
        }
        // Promoted by the monitor, and taking writes (wait_primary: no secondary left).
        QTRY_COMPARE_WITH_TIMEOUT(
                managed.query(QStringLiteral("SELECT reportedstate FROM pgautofailover.node "
                                             "WHERE nodename = 'node2'"),
                              QStringLiteral("monitor")),
                QStringLiteral("wait_primary"), 60000);
    });
    // The probe sends its refused push again, as a client told 503 does.
    probe.retryForMs = 60000;
    const SimulatedWorkstation::Pushed again = probe.push(probeChanges);

    const qint64 killedAt = managed.value(QStringLiteral("KILLED_AT")).toLongLong();
    // Detection, promotion (node2 out of recovery, still refusing writes until the old
    // primary had time to fence itself), node2 taking writes.
    const qint64 unhealthyAt = monitorTime(
            killedAt, QStringLiteral("nodename = 'node1' AND description LIKE '%marked as unhealthy%'"));
    const qint64 promotedAt = monitorTime(
            killedAt, QStringLiteral("nodename = 'node2' AND reportedstate = 'stop_replication'"));
    const qint64 writableAt = monitorTime(
            killedAt, QStringLiteral("nodename = 'node2' AND reportedstate = 'wait_primary'"));
    qint64 firstPushAfter = 0;
    for (const Record &record : records)
        for (const qint64 at : record.pushedAtMs)
            if (at > writableAt && (firstPushAfter == 0 || at < firstPushAfter))
                firstPushAfter = at;
    const qint64 stored = logCount(branch, QStringLiteral("standby"));
    qInfo("pg_auto_failover: primary killed with %lld changes stored; unhealthy after %lld ms, "
          "node2 promoted after %lld ms, taking writes after %lld ms, first push acknowledged "
          "after %lld ms; %lld on node2 at the end, %d requests sent again",
          atKill, unhealthyAt - killedAt, promotedAt - killedAt, writableAt - killedAt,
          firstPushAfter - killedAt, stored, retriesOf(records));
    QVERIFY2(atKill > 0 && atKill < stored, "the kill did not fall in the middle of the pushes");
    // pg_auto_failover promoted node2, in order: unhealthy, promoted, taking writes.
    QVERIFY(unhealthyAt > 0 && promotedAt >= unhealthyAt && writableAt >= promotedAt);
    QVERIFY(firstPushAfter > 0);
    QVERIFY2(!QFile::exists(managed.directory() + QStringLiteral("/failover.log")),
             "topology.sh's own watcher ran");
    // While no database took writes, a process said so: 503 with Retry-After, storing none.
    QCOMPARE(refused.status, 503);
    QVERIFY2(refused.retryAfter.toInt() > 0, refused.retryAfter.constData());
    QVERIFY(again.ok);
    QCOMPARE(again.applied, probeChanges.size());
    // The clients were told to come back and did: none failed, some retried.
    QVERIFY(retriesOf(records) > 0);
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    // The same processes carry on, on node2.
    QCOMPARE(managed.value(QStringLiteral("SERVER_PID_1")), pids.at(0));
    QCOMPARE(managed.value(QStringLiteral("SERVER_PID_2")), pids.at(1));
    // Every acknowledged change is on node2, once, each workstation's in its order, 1..n.
    Record probeRecord { QStringLiteral("probe"), {}, again.seqs };
    for (const QJsonObject &change : std::as_const(probeChanges))
        probeRecord.changeIds << change.value(QStringLiteral("change_id")).toString();
    QCOMPARE(stored, acknowledgedOf(records) + probeChanges.size());
    checkLog(branch, records + QList<Record> { probeRecord }, QStringLiteral("standby"));

    // The lost machine comes back: its keeper, started again, makes node1 node2's
    // secondary (pg_rewind), synchronous again. Then node2's machine is lost among pushes
    // too: the monitor promotes node1, and nothing acknowledged before either loss is lost.
    QElapsedTimer rejoining;
    rejoining.start();
    QVERIFY(managed.command({ QStringLiteral("rejoin") }));
    const qint64 rejoinMs = rejoining.elapsed();
    QCOMPARE(managed.query(QStringLiteral("SELECT string_agg(nodename || ':' || reportedstate, "
                                          "',' ORDER BY nodename) FROM pgautofailover.node"),
                           QStringLiteral("monitor")),
             QStringLiteral("node1:secondary,node2:primary"));
    QCOMPARE(managed.value(QStringLiteral("REJOINED_NODE")), QStringLiteral("node1"));
    qint64 atSecondKill = 0;
    const QList<Record> later = run(fourWorkstations(), [&] {
        QTRY_VERIFY_WITH_TIMEOUT(logCount(branch, QStringLiteral("standby")) > stored, 60000);
        atSecondKill = logCount(branch, QStringLiteral("standby"));
        QVERIFY(managed.command({ QStringLiteral("kill-primary") }));
        QCOMPARE(managed.value(QStringLiteral("KILLED_NODE")), QStringLiteral("node2"));
        QTRY_COMPARE_WITH_TIMEOUT(
                managed.query(QStringLiteral("SELECT reportedstate FROM pgautofailover.node "
                                             "WHERE nodename = 'node1'"),
                              QStringLiteral("monitor")),
                QStringLiteral("wait_primary"), 60000);
    });
    const qint64 onNode1 = logCount(branch, QStringLiteral("primary"));
    qInfo("node1 rejoined as secondary in %lld ms; node2 killed with %lld changes stored; "
          "%lld on node1 at the end, %d requests sent again",
          rejoinMs, atSecondKill, onNode1, retriesOf(later));
    QVERIFY2(atSecondKill > stored && atSecondKill < onNode1,
             "the second kill did not fall in the middle of the pushes");
    for (const Record &record : later)
        QCOMPARE(record.failures, 0);
    QCOMPARE(managed.value(QStringLiteral("SERVER_PID_1")), pids.at(0));
    QCOMPARE(managed.value(QStringLiteral("SERVER_PID_2")), pids.at(1));
    QCOMPARE(onNode1, stored + acknowledgedOf(later));
    checkLog(branch, records + QList<Record> { probeRecord } + later, QStringLiteral("primary"));
    managed.stop();
}

void TstTopology::pgBouncerFollowsThePrimaryPgAutoFailoverPromotes()
{
    // PgBouncer (transaction pooling) between the servers and a pg_auto_failover pair: it
    // names one node, so after the monitor promotes node2 `topology.sh follow-primary`
    // must point it there, or every push stays refused. The primary's machine is lost
    // among pushes and pulls; nothing acknowledged may be lost and no request may fail.
    Topology managed;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TOPOLOGY_FAILOVER"), QStringLiteral("pg_auto_failover"));
    environment.insert(QStringLiteral("TOPOLOGY_FAILOVER_SECONDS"), QStringLiteral("2"));
    environment.insert(QStringLiteral("TOPOLOGY_PGBOUNCER"), QStringLiteral("transaction"));
    QVERIFY2(managed.start(2, environment),
             "topology.sh start with pg_auto_failover and PgBouncer failed");
    m_active = &managed;
    const auto back = qScopeGuard([this] { m_active = &m_topology; });
    QCOMPARE(managed.value(QStringLiteral("SERVER_PG_HOSTS")),
             QStringLiteral("127.0.0.1:%1").arg(managed.value(QStringLiteral("PGBOUNCER_PORT"))));
    const QString branch = addBranch(QStringLiteral("B01"));
    QVERIFY(!branch.isEmpty());
    QList<Traffic> traffic;
    for (int i = 0; i < 4; ++i)
        traffic << Traffic { managed.balancer(), branch, QStringLiteral("head-B01"), 30, 5, true, 25 };
    qint64 atKill = 0;
    const QList<Record> records = run(traffic, [&] {
        waitForFirstChanges(branch);
        atKill = logCount(branch);
        QVERIFY(managed.command({ QStringLiteral("kill-primary") }));
        QCOMPARE(managed.value(QStringLiteral("KILLED_NODE")), QStringLiteral("node1"));
    });
    const qint64 stored = logCount(branch, QStringLiteral("standby"));
    qInfo("PgBouncer + pg_auto_failover: primary killed with %lld changes stored; %lld on node2 "
          "at the end, %d requests sent again",
          atKill, stored, retriesOf(records));
    QVERIFY2(atKill > 0 && atKill < stored, "the kill did not fall in the middle of the pushes");
    for (const Record &record : records)
        QCOMPARE(record.failures, 0);
    QFile ini(managed.directory() + QStringLiteral("/pg/pgbouncer.ini"));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY2(ini.readAll().contains(
                     QStringLiteral("port=%1 ").arg(managed.value(QStringLiteral("NODE_PORT_2"))).toUtf8()),
             "PgBouncer was not pointed at the promoted node");
    QCOMPARE(stored, acknowledgedOf(records));
    checkLog(branch, records, QStringLiteral("standby"));
    managed.stop();
}

QTEST_GUILESS_MAIN(TstTopology)
#include "tst_topology.moc"
