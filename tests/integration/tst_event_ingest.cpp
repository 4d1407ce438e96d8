// Events into the server (issue #17): POST /v1/events over a real QHttpServer on the
// embedded SQLite store - a service account's key, a malformed batch refused whole with
// nothing stored, the same batch twice, events out of order against the de-duplication
// window, consent for marketing but not for service, the opportunity in the branch's
// change log; a workstation listening on the WebSocket hears the log grow; and the CSV and
// JSONL forms of `events import`.
#include "../common/EmbeddedServer.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "app/rules/EventParser.h"
#include "app/rules/RuleBook.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace bd;

namespace {
const BranchId kBranch(QStringLiteral("branch-1"));
const CustomerId kWithConsent(QStringLiteral("0190c1a2-0000-7000-8000-000000000001"));
const CustomerId kWithout(QStringLiteral("0190c1a2-0000-7000-8000-000000000002"));

CustomerProfile profile(const CustomerId &id, const QString &cif, bool consent)
{
    CustomerProfile c;
    c.id = id;
    c.branchId = kBranch;
    c.cifNo = cif;
    c.managerId = StaffId(QStringLiteral("manager-1"));
    c.aum = Money::fromFen(100'000'000);
    c.tier = QStringLiteral("gold");
    c.openedOn = QDate(2020, 1, 1);
    c.marketingConsent = consent;
    return c;
}

QJsonObject transfer(const QString &id, const QString &cif, qint64 fen, const QDateTime &at,
                     const QString &direction = QStringLiteral("out"))
{
    return {{QStringLiteral("event_id"), id},
            {QStringLiteral("kind"), QStringLiteral("transaction")},
            {QStringLiteral("cif_no"), cif},
            {QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("amount_fen"), double(fen)},
            {QStringLiteral("direction"), direction},
            {QStringLiteral("channel"), QStringLiteral("mobile")}};
}

QJsonObject complaint(const QString &id, const QString &cif, const QDateTime &at)
{
    return {{QStringLiteral("event_id"), id},
            {QStringLiteral("kind"), QStringLiteral("complaint")},
            {QStringLiteral("cif_no"), cif},
            {QStringLiteral("occurred_at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("topic"), QStringLiteral("queue")}};
}
} // namespace

class tst_EventIngest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusesWithoutAServiceKey();
    void refusesAMalformedBatchWhole();
    void storesABatchOnceWhenSentTwice();
    void deduplicatesEventsOutOfOrder();
    void holdsMarketingBackWithoutConsentButNotService();
    void aListeningWorkstationHearsTheLogGrow();
    void aBranchHeadsChangeTakesEffectAtTheNextEvent();
    void readsCsvAndJsonLines();
    void deliversNothingToWorkstationsUntilTurnedOn();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };
    Answer post(const QJsonArray &events, const QString &key);
    QList<SyncChange> opportunities() const;

    std::unique_ptr<test::OneBranchServer> m_served;
    QString m_key;
    QNetworkAccessManager m_network;
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
    HybridLogicalClock m_deskClock{QStringLiteral("desk-1")};
};

void tst_EventIngest::init()
{
    m_served = std::make_unique<test::OneBranchServer>();
    const Result<> opened = m_served->open(kBranch);
    QVERIFY2(opened, qPrintable(opened.errorString()));
    QVERIFY(m_served->store.events().facts().load(
            kBranch,
            {profile(kWithConsent, QStringLiteral("CIF0001"), true),
             profile(kWithout, QStringLiteral("CIF0002"), false)},
            0, true));
    const Result<QString> key = m_served->store.events().serviceAccounts().add(QStringLiteral("core"));
    QVERIFY(key);
    m_key = *key;
    QVERIFY(m_served->serve());
}

void tst_EventIngest::cleanup()
{
    m_served.reset();
}

tst_EventIngest::Answer tst_EventIngest::post(const QJsonArray &events, const QString &key)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_served->port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + key.toLatin1());
    QNetworkReply *reply = m_network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                  QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return answer;
}

QList<SyncChange> tst_EventIngest::opportunities() const
{
    const auto changes = m_served->store.changeLog().after(kBranch, 0, 1000);
    QList<SyncChange> found;
    for (const SyncChange &change : changes.valueOr({})) {
        if (change.table == QLatin1String("opportunity"))
            found << change;
    }
    return found;
}

void tst_EventIngest::refusesWithoutAServiceKey()
{
    const QJsonArray events{transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now)};
    QCOMPARE(post(events, {}).status, 401);
    QCOMPARE(post(events, QStringLiteral("bdsa_") + QString(64, QLatin1Char('0'))).status, 401);
    QVERIFY(m_served->store.events().ledger().known({QStringLiteral("t1")})->isEmpty());
}

void tst_EventIngest::refusesAMalformedBatchWhole()
{
    QJsonObject noAmount = transfer(QStringLiteral("t2"), QStringLiteral("CIF0001"), 1, m_now);
    noAmount.remove(QStringLiteral("amount_fen"));
    QJsonObject badDirection = transfer(QStringLiteral("t3"), QStringLiteral("CIF0001"), 1, m_now);
    badDirection.insert(QStringLiteral("direction"), QStringLiteral("sideways"));
    const QJsonArray events{transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now),
                            noAmount, badDirection};
    const Answer answer = post(events, m_key);
    QCOMPARE(answer.status, 400);
    const QJsonArray problems = answer.body.value(QStringLiteral("problems")).toArray();
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0)[QStringLiteral("at")].toInt(), 1);
    QCOMPARE(problems.at(0)[QStringLiteral("field")].toString(), QStringLiteral("amount_fen"));
    QCOMPARE(problems.at(1)[QStringLiteral("at")].toInt(), 2);
    QCOMPARE(problems.at(1)[QStringLiteral("field")].toString(), QStringLiteral("direction"));
    // Nothing half-stored: not even the good first event.
    QVERIFY(m_served->store.events().ledger().known({QStringLiteral("t1"), QStringLiteral("t2"),
                                              QStringLiteral("t3")})->isEmpty());
    QVERIFY(opportunities().isEmpty());
    // Not JSON at all.
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/events").arg(m_served->port)));
    request.setRawHeader("Authorization", "Bearer " + m_key.toLatin1());
    QNetworkReply *reply = m_network.post(request, QByteArray("{\"events\": [ {"));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    reply->deleteLater();
}

void tst_EventIngest::storesABatchOnceWhenSentTwice()
{
    const QJsonArray events{transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now),
                            transfer(QStringLiteral("t2"), QStringLiteral("CIF9999"), 6'000'000, m_now)};
    const Answer first = post(events, m_key);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(first.body.value(QStringLiteral("unknown_customers")).toInt(), 1);
    QCOMPARE(first.body.value(QStringLiteral("opportunities")).toInt(), 1);
    QCOMPARE(opportunities().size(), 1);
    const SyncChange made = opportunities().first();
    QCOMPARE(made.fields.value(QStringLiteral("rule_id")).toString(), QStringLiteral("large_transfer_out"));
    QCOMPARE(made.fields.value(QStringLiteral("customer_id")).toString(), kWithConsent.toString());
    QCOMPARE(made.fields.value(QStringLiteral("assigned_to")).toString(), QStringLiteral("manager-1"));
    QCOMPARE(made.fields.value(QStringLiteral("status")).toString(), QStringLiteral("open"));

    const Answer again = post(events, m_key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("accepted")).toInt(), 0);
    QCOMPARE(again.body.value(QStringLiteral("duplicates")).toInt(), 2);
    QCOMPARE(opportunities().size(), 1);
    // Twice within one batch: once.
    const QJsonArray doubled{complaint(QStringLiteral("c1"), QStringLiteral("CIF0001"), m_now),
                             complaint(QStringLiteral("c1"), QStringLiteral("CIF0001"), m_now)};
    const Answer both = post(doubled, m_key);
    QCOMPARE(both.body.value(QStringLiteral("accepted")).toInt(), 1);
    QCOMPARE(both.body.value(QStringLiteral("duplicates")).toInt(), 1);
}

void tst_EventIngest::deduplicatesEventsOutOfOrder()
{
    // The later transfer arrives first; the earlier one, 2 days before, is inside the rule's
    // 7-day window on the other side and makes nothing; one 8 days before does.
    QCOMPARE(post({transfer(QStringLiteral("late"), QStringLiteral("CIF0001"), 6'000'000, m_now)}, m_key)
                     .body.value(QStringLiteral("opportunities")).toInt(),
             1);
    QCOMPARE(post({transfer(QStringLiteral("early"), QStringLiteral("CIF0001"), 6'000'000,
                            m_now.addDays(-2))},
                  m_key)
                     .body.value(QStringLiteral("opportunities")).toInt(),
             0);
    QCOMPARE(opportunities().size(), 1);
}

void tst_EventIngest::holdsMarketingBackWithoutConsentButNotService()
{
    const Answer answer = post({transfer(QStringLiteral("t1"), QStringLiteral("CIF0002"), 6'000'000, m_now),
                                complaint(QStringLiteral("c1"), QStringLiteral("CIF0002"), m_now)},
                               m_key);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body.value(QStringLiteral("held_back")).toInt(), 1);
    QCOMPARE(answer.body.value(QStringLiteral("opportunities")).toInt(), 1);
    QHash<QString, QJsonObject> byRule;
    for (const SyncChange &change : opportunities())
        byRule.insert(change.fields.value(QStringLiteral("rule_id")).toString(), change.fields);
    const QJsonObject held = byRule.value(QStringLiteral("large_transfer_out"));
    QCOMPARE(held.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
    QVERIFY2(held.value(QStringLiteral("held_reason")).toString().contains(QLatin1String("consent")),
             qPrintable(held.value(QStringLiteral("held_reason")).toString()));
    const QJsonObject service = byRule.value(QStringLiteral("complaint_recovery"));
    QCOMPARE(service.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
}

void tst_EventIngest::aListeningWorkstationHearsTheLogGrow()
{
    QVERIFY(m_served->store.accounts().add(QStringLiteral("wang"), kBranch, StaffRole::WealthManager,
                                    QStringLiteral("password-1")));
    const auto token = m_served->store.accounts().signIn(QStringLiteral("wang"), QStringLiteral("password-1"));
    QVERIFY(token);
    QWebSocket socket;
    QStringList heard;
    connect(&socket, &QWebSocket::textMessageReceived, this,
            [&heard](const QString &text) { heard << text; });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/listen").arg(m_served->port)));
    QVERIFY(connected.wait(10000));
    socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), token->token}}).toJson()));
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 1, 10000);
    QVERIFY2(heard.first().contains(QLatin1String("listening")), qPrintable(heard.first()));

    QElapsedTimer timer;
    timer.start();
    QCOMPARE(post({transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now)}, m_key)
                     .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(heard.size(), 2, 5000);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    const QJsonObject told = QJsonDocument::fromJson(heard.last().toUtf8()).object();
    QCOMPARE(told.value(QStringLiteral("last_seq")).toInteger(),
             qint64(m_served->store.changeLog().after(kBranch, 0, 1000)->size()));
}

void tst_EventIngest::aBranchHeadsChangeTakesEffectAtTheNextEvent()
{
    // The branch head raises the threshold of "large transfer out" to 10万 and 50% of AUM on
    // a workstation; the change reaches the server through the branch's log like any push.
    const MarketingRule *shipped = RuleBook::shipped().find(QStringLiteral("large_transfer_out"));
    QVERIFY(shipped);
    QJsonObject rule = shipped->toJson();
    QByteArray json = QJsonDocument(rule).toJson(QJsonDocument::Compact);
    json.replace("5000000", "10000000").replace("\"value\":20", "\"value\":50");
    QVERIFY2(json.contains("10000000") && json.contains("\"value\":50"), json.constData());
    auto push = [this](const QByteArray &ruleJson, int version) {
        SyncChange change;
        change.changeId = Uuid7Generator::generate();
        change.table = QStringLiteral("marketing_rule");
        change.rowId = QStringLiteral("large_transfer_out");
        change.op = QStringLiteral("upsert");
        change.fields = {{QStringLiteral("id"), change.rowId},
                         {QStringLiteral("rule_json"), QString::fromUtf8(ruleJson)},
                         {QStringLiteral("deleted"), 0},
                         {QStringLiteral("version"), version}};
        change.hlc = m_deskClock.now().toString();
        change.originNode = QStringLiteral("desk-1");
        change.schemaVersion = 1;
        return m_served->store.changeLog().append(kBranch, {change}).ok();
    };
    QVERIFY(push(json, 1));
    QCOMPARE(post({transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now)}, m_key)
                     .body.value(QStringLiteral("opportunities")).toInt(),
             0);
    QCOMPARE(post({transfer(QStringLiteral("t2"), QStringLiteral("CIF0001"), 12'000'000, m_now)}, m_key)
                     .body.value(QStringLiteral("opportunities")).toInt(),
             1);
    // Switched off: nothing more (on another customer, outside the first one's window).
    rule = QJsonDocument::fromJson(json).object();
    rule.insert(QStringLiteral("enabled"), false);
    QVERIFY(push(QJsonDocument(rule).toJson(QJsonDocument::Compact), 2));
    const Answer off = post({transfer(QStringLiteral("t3"), QStringLiteral("CIF0002"), 90'000'000, m_now)},
                            m_key);
    QCOMPARE(off.body.value(QStringLiteral("opportunities")).toInt()
                     + off.body.value(QStringLiteral("held_back")).toInt(),
             0);
    // A broken change is never used: the rule of the branch's file (here the shipped one)
    // runs in its place, and the customer without consent gets a held-back opportunity.
    QVERIFY(push("{\"id\": \"large_transfer_out\", \"event\": \"nothing\"}", 3));
    const Answer broken = post({transfer(QStringLiteral("t4"), QStringLiteral("CIF0002"), 90'000'000,
                                         m_now.addDays(-1))},
                               m_key);
    QCOMPARE(broken.status, 200);
    QCOMPARE(broken.body.value(QStringLiteral("held_back")).toInt(), 1);
}

void tst_EventIngest::readsCsvAndJsonLines()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray csv = "event_id,kind,cif_no,occurred_at,amount_fen,direction,channel\r\n"
                           "e1,transaction,CIF0001,2026-12-01T10:00:00Z,6000000,out,mobile\r\n"
                           "\"e,2\",transaction,CIF0002,2026-12-01T10:00:00Z,100,in,counter\r\n";
    const EventBatch good = EventBatch::fromCsv(csv, now);
    QVERIFY(good.ok());
    QCOMPARE(good.events.size(), 2);
    QCOMPARE(good.events.at(0).amount->fen(), 6'000'000);
    QCOMPARE(good.events.at(1).eventId, QStringLiteral("e,2")); // a quoted comma
    const EventBatch bad = EventBatch::fromCsv(
            "event_id,kind,cif_no,occurred_at,amount_fen,direction,channel\n"
            "e1,transaction,CIF0001,2026-12-01T10:00:00Z,-5,out,mobile\n"
            "e2,transaction,CIF0001,2026-12-01T10:00:00Z\n",
            now);
    QCOMPARE(bad.problems.size(), 2);
    QCOMPARE(bad.problems.at(0).at, 2);
    QCOMPARE(bad.problems.at(0).field, QStringLiteral("amount_fen"));
    QCOMPARE(bad.problems.at(1).at, 3);
    QVERIFY(!EventBatch::fromCsv("kind,cif_no\n", now).error.isEmpty());

    const EventBatch lines = EventBatch::fromJsonLines(
            "{\"event_id\":\"j1\",\"kind\":\"complaint\",\"cif_no\":\"CIF0001\","
            "\"occurred_at\":\"2026-12-01T10:00:00Z\",\"topic\":\"queue\"}\n\nnot json\n",
            now);
    QCOMPARE(lines.events.size(), 1);
    QCOMPARE(lines.problems.size(), 1);
    QCOMPARE(lines.problems.first().at, 3);
}

void tst_EventIngest::deliversNothingToWorkstationsUntilTurnedOn()
{
    // With delivery off (BRANCHDESK_EVENT_DELIVERY=off, to try a rule file) the server
    // records firings but writes nothing into the branch's log.
    m_served->store.events().ingest().deliversToLogs = false;
    const Answer answer = post({transfer(QStringLiteral("t1"), QStringLiteral("CIF0001"), 6'000'000, m_now)},
                               m_key);
    QCOMPARE(answer.body.value(QStringLiteral("opportunities")).toInt(), 1);
    QVERIFY(opportunities().isEmpty());
    // ... and the firing still counts: the same rule does not fire again in its window.
    m_served->store.events().ingest().deliversToLogs = true;
    QCOMPARE(post({transfer(QStringLiteral("t2"), QStringLiteral("CIF0001"), 6'000'000, m_now.addDays(1))},
                  m_key)
                     .body.value(QStringLiteral("opportunities")).toInt(),
             0);
}

QTEST_GUILESS_MAIN(tst_EventIngest)
#include "tst_event_ingest.moc"
