// A push that erases a customer, against a real branchdesk-server over PostgreSQL with a
// demo branch of N customers imported (`import-branch`, which makes the branch's snapshot).
// The push used to make the snapshot again inside the request; now it marks it due and the
// server's worker makes it (SnapshotRemakeWorker). Printed: the push request's time as the
// server logged it, and how long after the push's answer the snapshot is served again.
// N from BRANCHDESK_BENCH_CUSTOMERS (default 2000).
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "database/core/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace bd;

class bench_ErasurePush : public QObject
{
    Q_OBJECT

private slots:
    void pushWithAnErasure();
};

namespace {
// The last logged request to `path`: its milliseconds, -1 if none.
qint64 loggedMs(const QString &log, const QString &path)
{
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 ms = -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject event = QJsonDocument::fromJson(line).object();
        if (event.value(QStringLiteral("event")).toString() == QLatin1String("request")
            && event.value(QStringLiteral("path")).toString() == path)
            ms = event.value(QStringLiteral("ms")).toInteger();
    }
    return ms;
}
} // namespace

void bench_ErasurePush::pushWithAnErasure()
{
    const int customers = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CUSTOMERS") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CUSTOMERS")
            : 2000;
    const QString user = QStringLiteral("head");
    const QString password = QStringLiteral("head-demo"); // the demo account's
    QTemporaryDir dir;
    test::SyncServerFixture server;
    const QString log = dir.filePath(QStringLiteral("server.log"));
    server.setServerLogFile(log);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString a = dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(server, a, customers, QStringLiteral("318877"), password);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    QVERIFY(server.addAccount(user, *imported, StaffRole::BranchHead, password));
    QVERIFY(test::syncByAdmin(a, server.url(), user, password));

    QString cif;
    {
        Store store;
        QVERIFY(store.open(a));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT cif_no FROM customer ORDER BY cif_no LIMIT 1"))
                && query.next());
        cif = query.value(0).toString();
    }
    const test::AdminSaid erased = test::runAdmin(
            { QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--db"), a,
              QStringLiteral("--user"), user, QStringLiteral("--request"), QStringLiteral("B-1"),
              QStringLiteral("--yes"), cif },
            password);
    QVERIFY2(erased.code == 0, qPrintable(erased.text()));
    QVERIFY(test::syncByAdmin(a, server.url(), user, password));
    QElapsedTimer sincePush;
    sincePush.start();
    const qint64 pushMs = loggedMs(log, QStringLiteral("/v1/push"));
    const QByteArray token = server.signIn(user, password);
    while (server.request(QStringLiteral("GET"), QStringLiteral("/v1/snapshot"), {}, token).status
                   != 200
           && sincePush.elapsed() < 600000)
        QTest::qWait(20);
    const qint64 servedAfterMs = sincePush.elapsed();
    std::printf("bench_erasure_push: %d customers, snapshot %lld bytes\n"
                "  push with the erasure (server's request time): %lld ms\n"
                "  snapshot served again, after the push was answered: %lld ms\n",
                customers,
                qint64(QFile(server.snapshotDir() + QLatin1Char('/') + *imported
                             + QStringLiteral(".sqlite"))
                               .size()),
                pushMs, servedAfterMs);
    QVERIFY(pushMs >= 0);
}

QTEST_GUILESS_MAIN(bench_ErasurePush)
#include "bench_erasure_push.moc"
