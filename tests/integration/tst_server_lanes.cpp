// branchdesk-server answers a pull while a push waits for its commit (issue #19): pushes and
// pulls run on lanes of their own (ServerLane), each with its own PostgreSQL connection. The
// commit is made to wait as it does behind a synchronous standby that is slow or away:
// synchronous_standby_names names a standby that never comes, so every commit waits (its
// rows written, not yet visible) until the setting is taken back.
#include "../common/SyncServerFixture.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTest>

using namespace bd;
using Answer = test::SyncServerFixture::Answer;

namespace {
const QString kBranch = QStringLiteral("lane-branch");
}

class tst_ServerLanes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aPullIsAnsweredWhileAPushWaitsForItsCommit();
    void aPullCostsThreeStatements();
    void aConnectionLostMeanwhileIsAnswered503();

private:
    QByteArray push(int count, QStringList *ids);
    QList<qint64> pulledSeqs(qint64 after, QStringList *ids = nullptr);
    bool makeCommitsWait(bool wait);
    bool aCommitIsWaiting();
    QVariant direct(const QStringList &statements);

    test::SyncServerFixture m_fixture;
    QByteArray m_pusher;
    QByteArray m_puller;
    Uuid7Generator m_ids;
};

void tst_ServerLanes::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_fixture.addBranch(kBranch, QStringLiteral("320101")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("lane.pusher"), kBranch, StaffRole::WealthManager,
                                 QStringLiteral("lane-secret-1")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("lane.puller"), kBranch, StaffRole::WealthManager,
                                 QStringLiteral("lane-secret-2")));
    m_pusher = m_fixture.signIn(QStringLiteral("lane.pusher"), QStringLiteral("lane-secret-1"));
    m_puller = m_fixture.signIn(QStringLiteral("lane.puller"), QStringLiteral("lane-secret-2"));
    QVERIFY(!m_pusher.isEmpty() && !m_puller.isEmpty());
}

// A push of `count` new customers, its request body; their change ids into `ids`.
QByteArray tst_ServerLanes::push(int count, QStringList *ids)
{
    QJsonArray changes;
    for (int i = 0; i < count; ++i) {
        const QString id = m_ids.next();
        *ids << id;
        changes << QJsonObject { { QStringLiteral("change_id"), id },
                                 { QStringLiteral("table"), QStringLiteral("customer") },
                                 { QStringLiteral("row_id"), m_ids.next() },
                                 { QStringLiteral("op"), QStringLiteral("upsert") },
                                 { QStringLiteral("fields"),
                                   QJsonObject { { QStringLiteral("phone"),
                                                   QStringLiteral("13800138000") } } },
                                 { QStringLiteral("base_version"), 0 },
                                 { QStringLiteral("hlc"),
                                   QStringLiteral("0001732345678901-%1-node-1")
                                           .arg(i, 5, 10, QLatin1Char('0')) },
                                 { QStringLiteral("origin_node"), QStringLiteral("node-1") },
                                 { QStringLiteral("schema_version"), 3 } };
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                       { QStringLiteral("branch_id"), kBranch },
                                       { QStringLiteral("changes"), changes } })
            .toJson(QJsonDocument::Compact);
}

// The numbers a pull after `after` hands out, in the order given ({-1} if it failed).
QList<qint64> tst_ServerLanes::pulledSeqs(qint64 after, QStringList *ids)
{
    const Answer answer = m_fixture.request(
            QStringLiteral("GET"),
            QStringLiteral("/v1/changes?branch=%1&after=%2").arg(kBranch).arg(after), {}, m_puller);
    if (answer.status != 200)
        return { -1 };
    QList<qint64> seqs;
    for (const QJsonValue &change : answer.body.value(QStringLiteral("changes")).toArray()) {
        seqs << change.toObject().value(QStringLiteral("seq")).toInteger();
        if (ids)
            *ids << change.toObject().value(QStringLiteral("change_id")).toString();
    }
    return seqs;
}

// Runs `statements` on a connection of the test's own; the first column of the last one's
// first row (invalid if a statement failed).
QVariant tst_ServerLanes::direct(const QStringList &statements)
{
    const QString name = QStringLiteral("lanes-direct");
    QVariant value;
    {
        QSqlDatabase db = m_fixture.openDirect(name);
        QSqlQuery query(db);
        bool ok = true;
        for (const QString &statement : statements)
            ok = ok && query.exec(statement);
        if (ok && query.next())
            value = query.value(0);
        else if (ok)
            value = true;
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// Every commit waits for a synchronous standby named but never there (or no longer does).
bool tst_ServerLanes::makeCommitsWait(bool wait)
{
    return direct({ wait ? QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = "
                                          "'standby_that_never_comes'")
                         : QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"),
                    QStringLiteral("SELECT pg_reload_conf()") })
            .isValid();
}

// A server session waits in its commit for the standby.
bool tst_ServerLanes::aCommitIsWaiting()
{
    return direct({ QStringLiteral("SELECT count(*) FROM pg_stat_activity "
                                   "WHERE wait_event = 'SyncRep'") })
                   .toInt()
            > 0;
}

void tst_ServerLanes::aPullIsAnsweredWhileAPushWaitsForItsCommit()
{
    QStringList stored;
    const Answer first = m_fixture.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                           push(3, &stored), m_pusher);
    QCOMPARE(first.status, 200);
    QCOMPARE(pulledSeqs(0), (QList<qint64> { 1, 2, 3 }));

    QVERIFY(makeCommitsWait(true));
    auto release = qScopeGuard([this] { makeCommitsWait(false); });
    QTest::qWait(300); // the postmaster's reload reaches the sessions
    QStringList waitingIds;
    QNetworkReply *waiting = m_fixture.startRequest(
            QStringLiteral("POST"), QStringLiteral("/v1/push"), push(2, &waitingIds), m_pusher);
    QTRY_VERIFY_WITH_TIMEOUT(aCommitIsWaiting(), 10000);

    // The pull is answered at once, with what was committed and nothing of the push whose
    // rows are written but not committed.
    QElapsedTimer timer;
    timer.start();
    QStringList pulledIds;
    QCOMPARE(pulledSeqs(0, &pulledIds), (QList<qint64> { 1, 2, 3 }));
    QCOMPARE(pulledIds, stored);
    QCOMPARE(pulledSeqs(3), QList<qint64>());
    const qint64 pullsMs = timer.elapsed();
    qInfo("two pulls while a push waited for its commit: %lld ms", pullsMs);
    QVERIFY2(pullsMs < 5000, "the pulls waited behind the push");
    QVERIFY(!waiting->isFinished()); // the push still waits: it is not answered before its commit

    release.dismiss();
    QVERIFY(makeCommitsWait(false));
    const Answer pushed = test::SyncServerFixture::answerOf(waiting);
    QCOMPARE(pushed.status, 200);
    const QJsonArray results = pushed.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    for (int i = 0; i < results.size(); ++i) {
        QCOMPARE(results.at(i)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(results.at(i)[QStringLiteral("seq")].toInteger(), 4 + i);
    }
    // Then a pull hands the push's changes out, in its order, right after the earlier ones.
    pulledIds.clear();
    QCOMPARE(pulledSeqs(3, &pulledIds), (QList<qint64> { 4, 5 }));
    QCOMPARE(pulledIds, waitingIds);
}

// What PostgreSQL was sent for one pull, from its own log (log_statement = all): three
// statements (the token, the changes, the log's state), each one round-trip. It was seven,
// each with values sent as PREPARE, EXECUTE and DEALLOCATE.
void tst_ServerLanes::aPullCostsThreeStatements()
{
    QStringList stored;
    QCOMPARE(m_fixture.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                               push(2, &stored), m_pusher)
                     .status,
             200);
    const QString logFile
            = QFileInfo(direct({ QStringLiteral("SHOW data_directory") }).toString()).path()
            + QStringLiteral("/server.log");
    QVERIFY(direct({ QStringLiteral("ALTER SYSTEM SET log_statement = 'all'"),
                     QStringLiteral("SELECT pg_reload_conf()") })
                    .isValid());
    auto quiet = qScopeGuard([this] {
        direct({ QStringLiteral("ALTER SYSTEM RESET log_statement"),
                 QStringLiteral("SELECT pg_reload_conf()") });
    });
    QTest::qWait(300); // the postmaster's reload reaches the sessions
    // A workstation names the branch list it holds (then it is not sent again).
    const QString version = m_fixture
                                    .request(QStringLiteral("GET"),
                                             QStringLiteral("/v1/changes?after=0&limit=1"), {},
                                             m_puller)
                                    .body.value(QStringLiteral("branches_version"))
                                    .toString();
    QVERIFY(!version.isEmpty());
    QStringList pulled;
    {
        // One connection marks where the pull begins and ends in the log (a new one would
        // log its own set-up statements).
        QSqlDatabase marks = m_fixture.openDirect(QStringLiteral("lanes-marks"));
        QSqlQuery mark(marks);
        QVERIFY(mark.exec(QStringLiteral("SELECT 'lanes-pull-begins'")));
        const Answer answer = m_fixture.request(
                QStringLiteral("GET"),
                QStringLiteral("/v1/changes?after=0&branches=%1").arg(version), {}, m_puller);
        QCOMPARE(answer.status, 200);
        for (const QJsonValue &change : answer.body.value(QStringLiteral("changes")).toArray())
            pulled << change.toObject().value(QStringLiteral("change_id")).toString();
        QVERIFY(mark.exec(QStringLiteral("SELECT 'lanes-pull-ends'")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lanes-marks"));
    QCOMPARE(pulled.mid(pulled.size() - stored.size()), stored);

    QFile log(logFile);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(logFile));
    const QString text = QString::fromUtf8(log.readAll());
    const qsizetype from = text.lastIndexOf(QStringLiteral("'lanes-pull-begins'"));
    const qsizetype to
            = text.lastIndexOf(QLatin1Char('\n'), text.lastIndexOf(QStringLiteral("'lanes-pull-ends'")));
    QVERIFY(from >= 0 && to > from);
    QStringList sent;
    for (const QString &line : text.mid(from, to - from).split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("statement: ")) && !line.contains(QStringLiteral("lanes-pull")))
            sent << line.section(QStringLiteral("statement: "), 1).left(60);
    }
    qInfo("PostgreSQL was sent for one pull:\n  %s", qPrintable(sent.join(QStringLiteral("\n  "))));
    QCOMPARE(sent.size(), 3);
}

// A lane's connection dies while it has no request (the primary restarted, or failed over
// while only pushes came): the next pull finds it dead at its first statement, the token's.
// The connection opens again at once, but the pull is answered 503 (with Retry-After, as
// every 503: send it again), not 401 as if the token were not valid.
void tst_ServerLanes::aConnectionLostMeanwhileIsAnswered503()
{
    const QString path = QStringLiteral("/v1/changes?branch=%1&after=0").arg(kBranch);
    QCOMPARE(m_fixture.request(QStringLiteral("GET"), path, {}, m_puller).status, 200);
    QVERIFY(direct({ QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM "
                                    "pg_stat_activity WHERE datname = current_database() AND "
                                    "pid <> pg_backend_pid()") })
                    .toInt()
            > 0);
    QCOMPARE(m_fixture.request(QStringLiteral("GET"), path, {}, m_puller).status, 503);
    // Connected again: answered.
    QCOMPARE(m_fixture.request(QStringLiteral("GET"), path, {}, m_puller).status, 200);
}

QTEST_GUILESS_MAIN(tst_ServerLanes)
#include "tst_server_lanes.moc"
