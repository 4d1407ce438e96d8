// Sustained event ingestion on the server (issue #17, docs/BENCHMARKS.md): N events in
// batches of 1,000 through EventIngest (stored, matched by CIF number, the shipped rules
// evaluated, opportunities written into the branch's change log), against plain inserts of
// the same events into the same table of a fresh store (EventLedger::store alone). The
// embedded SQLite store; customers synthetic (BRANCHDESK_BENCH_CUSTOMERS, default 20,000).
// Then the time from POST /v1/events to a listening WebSocket being told (BRANCHDESK_BENCH_ROUNDS).
//   BRANCHDESK_BENCH_EVENTS=100000 BRANCHDESK_BENCH_CUSTOMERS=200000 build/tests/bench/bench_event_ingest
#include "../common/EmbeddedServerStore.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <algorithm>

using namespace bd;

namespace {
const BranchId kBranch(QStringLiteral("branch-1"));

int setting(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QString cif(int i)
{
    return QStringLiteral("CIF%1").arg(i, 8, 10, QLatin1Char('0'));
}

// A realistic mix: mostly small transactions, some large ones either way, browsing,
// salaries, maturities and complaints, spread over the last 30 days.
QList<MarketingEvent> makeEvents(int count, int customers)
{
    QRandomGenerator random(17);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<MarketingEvent> events;
    events.reserve(count);
    for (int i = 0; i < count; ++i) {
        MarketingEvent e;
        e.eventId = QStringLiteral("bench-%1").arg(i);
        e.cifNo = cif(int(random.bounded(customers)));
        e.occurredAt = now.addSecs(-qint64(random.bounded(30 * 86400)));
        e.source = MarketingEvent::Source::Feed;
        const int pick = int(random.bounded(100));
        if (pick < 70) {
            e.kind = EventKind::Transaction;
            e.amount = Money::fromFen(pick < 60 ? 10'000 + random.bounded(500'000)
                                                : 5'000'000 + random.bounded(50'000'000));
            e.direction = random.bounded(2) ? QStringLiteral("in") : QStringLiteral("out");
            e.channel = QStringLiteral("mobile");
        } else if (pick < 88) {
            e.kind = EventKind::Browse;
            e.category = random.bounded(2) ? QStringLiteral("fund") : QStringLiteral("insurance");
            e.channel = QStringLiteral("mobile");
        } else if (pick < 94) {
            e.kind = EventKind::Salary;
            e.amount = Money::fromFen(800'000 + random.bounded(2'000'000));
        } else if (pick < 98) {
            e.kind = EventKind::Maturity;
            e.productFamily = QStringLiteral("deposit");
            e.maturityDate = now.date().addDays(5);
        } else {
            e.kind = EventKind::Complaint;
            e.topic = QStringLiteral("queue");
        }
        events << e;
    }
    return events;
}
} // namespace

class bench_EventIngest : public QObject
{
    Q_OBJECT

private slots:
    void ingestion();
};

void bench_EventIngest::ingestion()
{
    const int customers = setting("BRANCHDESK_BENCH_CUSTOMERS", 20'000);
    const int count = setting("BRANCHDESK_BENCH_EVENTS", 5'000);
    constexpr int kBatch = 1000;
    QTemporaryDir dir;
    // The first half of the customers get the sustained events, the second half the live ones
    // (so that no live event falls in a de-duplication window and makes nothing).
    const QList<MarketingEvent> events = makeEvents(count, customers / 2);

    // Plain inserts of the same events, same table, fresh store.
    qint64 plainMs = 0;
    {
        ServerStore store;
        QVERIFY(test::openEmbeddedStore(store, dir.filePath(QStringLiteral("plain.db"))));
        QElapsedTimer timer;
        timer.start();
        for (qsizetype start = 0; start < events.size(); start += kBatch) {
            QList<EventLedger::Arrival> arrivals;
            for (const MarketingEvent &e : events.mid(start, kBatch))
                arrivals << EventLedger::Arrival{e, kBranch, QStringLiteral("evaluated")};
            Result<ServerTransaction> transaction = ServerTransaction::begin(store.database());
            QVERIFY(transaction);
            QVERIFY(store.events().ledger().store(arrivals, QDateTime::currentDateTimeUtc()));
            QVERIFY(transaction->commit());
        }
        plainMs = qMax<qint64>(1, timer.elapsed());
    }

    ServerStore store;
    QVERIFY(test::openEmbeddedStore(store, dir.filePath(QStringLiteral("server.db"))));
    QVERIFY(store.branches().ensure({kBranch, QStringLiteral("001"), QStringLiteral("Main")}));
    QElapsedTimer loading;
    loading.start();
    QList<CustomerProfile> chunk;
    for (int i = 0; i < customers; ++i) {
        CustomerProfile c;
        c.id = CustomerId(QStringLiteral("0190c1a2-0000-7000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        c.branchId = kBranch;
        c.cifNo = cif(i);
        c.managerId = StaffId(QStringLiteral("manager-%1").arg(i % 40));
        c.aum = Money::fromFen(qint64(i % 1000) * 1'000'000);
        c.openedOn = QDate(2020, 1, 1);
        c.marketingConsent = i % 3 != 0;
        chunk << c;
        if (chunk.size() == 5000 || i == customers - 1) {
            QVERIFY(store.events().facts().load(kBranch, chunk, 0, i < 5000));
            chunk.clear();
        }
    }
    qInfo("loaded %d customer profiles in %lld ms", customers, loading.elapsed());

    store.events().ingest().deliversToLogs = true;
    QElapsedTimer timer;
    timer.start();
    EventIngest::Report total;
    for (qsizetype start = 0; start < events.size(); start += kBatch) {
        const Result<EventIngest::Report> report
                = store.events().ingest().ingest(events.mid(start, kBatch),
                                                 QDateTime::currentDateTimeUtc());
        QVERIFY2(report, qPrintable(report.errorString()));
        total.accepted += report->accepted;
        total.delivered += report->delivered;
        total.heldBack += report->heldBack;
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    QCOMPARE(total.accepted, count);
    qInfo("%d events, %d customers: %lld ms with rules (%lld events/s; %d opportunities, %d held "
          "back); plain inserts %lld ms (%lld events/s); ratio %.2f",
          count, customers, ms, qint64(count) * 1000 / ms, total.delivered, total.heldBack, plainMs,
          qint64(count) * 1000 / plainMs, double(ms) / double(plainMs));

    // Accepted -> heard: one large transfer out at a time through POST /v1/events on
    // loopback; the time until a workstation listening on /v1/listen is told the log grew.
    const int rounds = setting("BRANCHDESK_BENCH_ROUNDS", 50);
    QHttpServer server;
    ServerRoutes::install(server, &store, dir.path());
    store.events().ingest().deliversToLogs = true;
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    const Result<QString> key = store.events().serviceAccounts().add(QStringLiteral("bench"));
    QVERIFY(key);
    QVERIFY(store.accounts().add(QStringLiteral("bench.wm"), kBranch, StaffRole::WealthManager,
                                 QStringLiteral("bench-password")));
    const auto token = store.accounts().signIn(QStringLiteral("bench.wm"), QStringLiteral("bench-password"));
    QVERIFY(token);
    QWebSocket socket;
    int heard = 0;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&heard](const QString &) { ++heard; });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/listen").arg(port)));
    QVERIFY(connected.wait(10000));
    socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), token->token}}).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(heard, 1, 10000);
    QNetworkAccessManager network;
    QList<double> latencies;
    for (int i = 0; i < rounds; ++i) {
        const QJsonObject event{
                {QStringLiteral("event_id"), QStringLiteral("live-%1").arg(i)},
                {QStringLiteral("kind"), QStringLiteral("transaction")},
                {QStringLiteral("cif_no"), cif(customers / 2 + (i * 7919) % (customers / 2))},
                {QStringLiteral("occurred_at"),
                 QDateTime::currentDateTimeUtc().addSecs(-1).toString(Qt::ISODateWithMs)},
                {QStringLiteral("amount_fen"), 90'000'000.0},
                {QStringLiteral("direction"), QStringLiteral("out")},
                {QStringLiteral("channel"), QStringLiteral("mobile")}};
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + key->toLatin1());
        const int before = heard;
        QElapsedTimer latency;
        latency.start();
        QNetworkReply *reply = network.post(
                request, QJsonDocument(QJsonObject{{QStringLiteral("events"), QJsonArray{event}}}).toJson());
        QTRY_VERIFY_WITH_TIMEOUT(heard > before, 10000);
        latencies << double(latency.nsecsElapsed()) / 1e6;
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            QVERIFY(finished.wait(10000));
        reply->deleteLater();
    }
    std::sort(latencies.begin(), latencies.end());
    qInfo("accepted -> heard by a listening workstation, %d rounds at %d customers: p50 %.1f ms, "
          "p95 %.1f ms, max %.1f ms",
          rounds, customers, latencies.at(latencies.size() / 2),
          latencies.at(qMin<qsizetype>(latencies.size() - 1, latencies.size() * 95 / 100)),
          latencies.last());
}

QTEST_GUILESS_MAIN(bench_EventIngest)
#include "bench_event_ingest.moc"
