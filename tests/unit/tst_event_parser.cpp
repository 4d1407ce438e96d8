// Events as core banking and the channels send them (docs/EVENTS.md): every kind is read,
// and every malformed field is refused with its place and reason, all of a batch's at once.
#include "app/rules/EventParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace bd;

namespace {
const QDateTime kNow(QDate(2026, 12, 1), QTime(4, 0), Qt::UTC);

QJsonObject transaction()
{
    return {{QStringLiteral("event_id"), QStringLiteral("core-000123")},
            {QStringLiteral("kind"), QStringLiteral("transaction")},
            {QStringLiteral("cif_no"), QStringLiteral("CIF0000001")},
            {QStringLiteral("occurred_at"), QStringLiteral("2026-12-01T09:30:00+08:00")},
            {QStringLiteral("amount_fen"), 8000000},
            {QStringLiteral("direction"), QStringLiteral("out")},
            {QStringLiteral("channel"), QStringLiteral("mobile")},
            {QStringLiteral("txn_kind"), QStringLiteral("transfer_out")},
            {QStringLiteral("counterparty_bank"), QStringLiteral("某商业银行")}};
}

QStringList fieldsOf(const QList<EventProblem> &problems)
{
    QStringList fields;
    for (const EventProblem &problem : problems)
        fields << problem.field;
    return fields;
}
} // namespace

class tst_EventParser : public QObject
{
    Q_OBJECT

private slots:
    void readsATransaction();
    void readsEveryKind_data();
    void readsEveryKind();
    void refusesMalformedFields_data();
    void refusesMalformedFields();
    void reportsEveryProblemOfABatch();
    void refusesUnusableBodies_data();
    void refusesUnusableBodies();
    void readsJsonLinesByLine();
    void roundTripsThroughJson();
    void csvEventKeepsItsIdThroughTheWire();
};

void tst_EventParser::readsATransaction()
{
    QList<EventProblem> problems;
    const auto event = EventParser::fromJson(transaction(), EventParser::Origin::Feed, kNow, 0, &problems);
    QVERIFY2(event, problems.isEmpty() ? "" : qPrintable(problems.first().reason));
    QCOMPARE(event->kind, EventKind::Transaction);
    QCOMPARE(event->amount->fen(), 8000000);
    QCOMPARE(event->occurredAt, QDateTime(QDate(2026, 12, 1), QTime(1, 30), Qt::UTC));
    QCOMPARE(event->windowKey(), QStringLiteral("transaction/out"));
    QCOMPARE(event->counterpartyBank, QStringLiteral("某商业银行"));
}

void tst_EventParser::readsEveryKind_data()
{
    QTest::addColumn<QJsonObject>("fields");
    auto with = [](const char *kind, QJsonObject extra) {
        extra.insert(QStringLiteral("event_id"), QStringLiteral("e-") + QLatin1String(kind));
        extra.insert(QStringLiteral("kind"), QLatin1String(kind));
        extra.insert(QStringLiteral("cif_no"), QStringLiteral("CIF1"));
        extra.insert(QStringLiteral("occurred_at"), QStringLiteral("2026-12-01T01:00:00Z"));
        return extra;
    };
    QTest::newRow("salary") << with("salary", {{QStringLiteral("amount_fen"), 1500000}});
    QTest::newRow("maturity") << with("maturity", {{QStringLiteral("product_family"), QStringLiteral("wealth")},
                                                   {QStringLiteral("maturity_date"), QStringLiteral("2026-12-07")},
                                                   {QStringLiteral("amount_fen"), 20000000}});
    QTest::newRow("browse") << with("browse", {{QStringLiteral("category"), QStringLiteral("fund")}});
    QTest::newRow("complaint") << with("complaint", {{QStringLiteral("topic"), QStringLiteral("queue time")}});
    QTest::newRow("profile change") << with("profile_change", {{QStringLiteral("field"), QStringLiteral("employer")}});
    QTest::newRow("mobile sign-in") << with("mobile_sign_in", {{QStringLiteral("first"), true}});
    QTest::newRow("birthday") << with("birthday", {});
}

void tst_EventParser::readsEveryKind()
{
    QFETCH(QJsonObject, fields);
    QList<EventProblem> problems;
    QVERIFY(EventParser::fromJson(fields, EventParser::Origin::Feed, kNow, 0, &problems));
    QVERIFY(problems.isEmpty());
}

void tst_EventParser::refusesMalformedFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("no event id") << "event_id" << QJsonValue() << "event_id";
    QTest::newRow("event id with a space") << "event_id" << QJsonValue(QStringLiteral("a b")) << "event_id";
    QTest::newRow("long event id") << "event_id" << QJsonValue(QString(65, QLatin1Char('x'))) << "event_id";
    QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("lottery")) << "kind";
    QTest::newRow("a desk kind") << "kind" << QJsonValue(QStringLiteral("walk_in")) << "kind";
    QTest::newRow("empty kind") << "kind" << QJsonValue(QString()) << "kind"; // found by the fuzzer
    QTest::newRow("no cif") << "cif_no" << QJsonValue() << "cif_no";
    QTest::newRow("time without zone") << "occurred_at" << QJsonValue(QStringLiteral("2026-12-01T09:30:00")) << "occurred_at";
    QTest::newRow("a date only") << "occurred_at" << QJsonValue(QStringLiteral("2026-12-01")) << "occurred_at";
    QTest::newRow("in the future") << "occurred_at" << QJsonValue(QStringLiteral("2026-12-02T09:30:00Z")) << "occurred_at";
    QTest::newRow("fractional fen") << "amount_fen" << QJsonValue(12.5) << "amount_fen";
    QTest::newRow("negative amount") << "amount_fen" << QJsonValue(-100) << "amount_fen";
    QTest::newRow("amount as text") << "amount_fen" << QJsonValue(QStringLiteral("100")) << "amount_fen";
    QTest::newRow("amount beyond 10^15") << "amount_fen" << QJsonValue(1e16) << "amount_fen";
    QTest::newRow("no amount") << "amount_fen" << QJsonValue() << "amount_fen";
    QTest::newRow("sideways") << "direction" << QJsonValue(QStringLiteral("sideways")) << "direction";
    QTest::newRow("unknown channel") << "channel" << QJsonValue(QStringLiteral("pigeon")) << "channel";
    QTest::newRow("a field of another kind") << "category" << QJsonValue(QStringLiteral("fund")) << "category";
    QTest::newRow("unknown key") << "colour" << QJsonValue(QStringLiteral("red")) << "colour";
    QTest::newRow("control character") << "counterparty_bank" << QJsonValue(QStringLiteral("a\u0007b")) << "counterparty_bank";
}

void tst_EventParser::refusesMalformedFields()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject object = transaction();
    if (value.isNull())
        object.remove(key);
    else
        object.insert(key, value);
    QList<EventProblem> problems;
    QVERIFY(!EventParser::fromJson(object, EventParser::Origin::Feed, kNow, 3, &problems));
    QVERIFY2(fieldsOf(problems).contains(field), qPrintable(fieldsOf(problems).join(QLatin1Char(','))));
    for (const EventProblem &problem : problems) {
        QCOMPARE(problem.at, 3);
        QVERIFY(!problem.reason.isEmpty());
    }
}

void tst_EventParser::reportsEveryProblemOfABatch()
{
    QJsonObject bad = transaction();
    bad.insert(QStringLiteral("event_id"), QStringLiteral("bad-1"));
    bad.insert(QStringLiteral("amount_fen"), 1.5);
    bad.insert(QStringLiteral("direction"), QStringLiteral("up"));
    const QJsonArray events{transaction(), bad, QStringLiteral("text"), transaction()};
    const EventBatch batch = EventBatch::fromBody(
            QJsonDocument(QJsonObject{{QStringLiteral("events"), events}}).toJson(), kNow);
    QVERIFY(!batch.ok());
    QCOMPARE(batch.problems.size(), 3);
    QCOMPARE(batch.problems.at(0).at, 1);
    QCOMPARE(batch.problems.at(0).eventId, QStringLiteral("bad-1"));
    QCOMPARE(fieldsOf(batch.problems).mid(0, 2), (QStringList{QStringLiteral("amount_fen"), QStringLiteral("direction")}));
    QCOMPARE(batch.problems.at(2).at, 2);
    QCOMPARE(batch.problems.at(2).toJson().value(QStringLiteral("at")).toInt(), 2);
}

void tst_EventParser::refusesUnusableBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("{\"events\": [");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("no events") << QByteArray("{\"event\": []}");
    QTest::newRow("events not a list") << QByteArray("{\"events\": {}}");
    QJsonArray many;
    for (int i = 0; i <= EventBatch::kMaxEvents; ++i)
        many << QJsonObject();
    QTest::newRow("too many") << QJsonDocument(QJsonObject{{QStringLiteral("events"), many}}).toJson();
}

void tst_EventParser::refusesUnusableBodies()
{
    QFETCH(QByteArray, body);
    const EventBatch batch = EventBatch::fromBody(body, kNow);
    QVERIFY(!batch.ok());
    QVERIFY(!batch.error.isEmpty());
    QVERIFY(batch.events.isEmpty());
}

void tst_EventParser::readsJsonLinesByLine()
{
    QByteArray lines = QJsonDocument(transaction()).toJson(QJsonDocument::Compact) + "\n\n";
    QJsonObject second = transaction();
    second.insert(QStringLiteral("event_id"), QStringLiteral("core-000124"));
    lines += QJsonDocument(second).toJson(QJsonDocument::Compact) + "\nnot json\n";
    const EventBatch batch = EventBatch::fromJsonLines(lines, kNow);
    QCOMPARE(batch.events.size(), 2);
    QCOMPARE(batch.events.last().source, MarketingEvent::Source::Import);
    QCOMPARE(batch.problems.size(), 1);
    QCOMPARE(batch.problems.first().at, 4);
}

void tst_EventParser::roundTripsThroughJson()
{
    QList<EventProblem> problems;
    const auto event = EventParser::fromJson(transaction(), EventParser::Origin::Feed, kNow, 0, &problems);
    const auto again = EventParser::fromJson(event->toJson(), EventParser::Origin::Feed, kNow, 0, &problems);
    QVERIFY(again);
    QCOMPARE(again->toJson(), event->toJson());
}


// A mark inside a CSV export (two files joined) stayed in the event id, and the JSON sent on
// lost it: the same event under two ids breaks the idempotency the feed relies on.
void tst_EventParser::csvEventKeepsItsIdThroughTheWire()
{
    const QByteArray csv = "\xEF\xBB\xBF" "event_id,kind,cif_no,occurred_at,amount_fen\n"
                           "\xEF\xBB\xBF" "e-1,salary,CIF1,2026-12-01T01:00:00Z,1500000\n";
    const EventBatch batch = EventBatch::fromCsv(csv, kNow);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QCOMPARE(batch.events.size(), 1);
    QCOMPARE(batch.events.first().eventId, QStringLiteral("e-1"));
    const QByteArray wire = QJsonDocument(batch.events.first().toJson()).toJson();
    QList<EventProblem> problems;
    const auto again = EventParser::fromJson(QJsonDocument::fromJson(wire).object(),
                                             EventParser::Origin::Feed, kNow, 0, &problems);
    QVERIFY(again);
    QCOMPARE(again->eventId, batch.events.first().eventId);
}
QTEST_GUILESS_MAIN(tst_EventParser)
#include "tst_event_parser.moc"
