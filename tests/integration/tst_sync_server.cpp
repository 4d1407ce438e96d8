// branchdesk-server over a real PostgreSQL cluster started by the test, spoken to over
// real HTTP: idempotent push, per-branch order that a late commit cannot break, and
// clear 4xx answers to bad input while the server keeps serving. Built a second time as
// tst_sync_server_sqlite, with BRANCHDESK_TEST_SQLITE_STORE: the same cases over the
// embedded SQLite store.
//
// Long file: the server's protocol case by case over one running server; the cases share
// its accounts and branches.
#include "../common/AuditWire.h"
#include "../common/SyncServerFixture.h"
#include "app/common/AuditChain.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"
#include "app/server/ServerStore.h"
#include "app/services/core/AuditTrail.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Transaction.h"
#include "database/sync/ReferenceBranches.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kBranchA = QStringLiteral("branch-a");
const QString kBranchB = QStringLiteral("branch-b");
constexpr auto kDriver = test::storeOfThisBuild(test::SyncServerFixture::Driver::Postgres);
constexpr bool kSqlite = kDriver == ServerStore::Settings::Driver::Sqlite;

using Answer = test::SyncServerFixture::Answer;
} // namespace

class tst_SyncServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthReportsVersionsAndDatabase();
    void pushIsIdempotent();
    void pullReturnsChangesInOrder();
    void branchesHaveTheirOwnLogs();
    void malformedChangesAreRefusedOneByOne();
    void badRequestsGetClearAnswers_data();
    void badRequestsGetClearAnswers();
    void lateCommitIsNeverSkipped();
    void signInGivesAnExpiringToken();
    void tokensAreCheckedOnEveryRequest_data();
    void tokensAreCheckedOnEveryRequest();
    void aBranchCannotTouchAnother();
    void rolesAreCheckedPerChange();
    void setUpCommandsCreateBranchesAndAccounts();
    void branchListReachesWorkstations();
    void auditChainIsStoredAppendOnly();
    void restartKeepsEverything();
    void damagedStoreIsRefusedUntouched();

private:
    QJsonObject change(const QString &table = QStringLiteral("customer"));
    Answer push(const QString &branch, const QJsonArray &changes, int protocol = SyncProtocol::kVersion);
    Answer send(const QString &method, const QString &path, const QByteArray &body = {});
    QNetworkReply *startPush(const QString &branch, const QJsonArray &changes);
    QByteArray signIn(const QString &user, const QString &password);
    QByteArray m_token;
    QByteArray m_tokenA;
    QByteArray m_tokenB;

    test::SyncServerFixture m_fixture { kDriver };
    Uuid7Generator m_ids;
};

void tst_SyncServer::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    ServerStore store;
    QVERIFY(store.open(m_fixture.settings()));
    QCOMPARE(store.database().schemaVersion(), ServerDatabase::latestSchemaVersion(kDriver));
    QCOMPARE(ServerDatabase::latestSchemaVersion(kDriver), ServerDatabase::latestSchemaVersion());
    QVERIFY(m_fixture.addBranch(kBranchA, QStringLiteral("310101")));
    QVERIFY(m_fixture.addBranch(kBranchB, QStringLiteral("310102")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("a.wealth"), kBranchA, StaffRole::WealthManager, QStringLiteral("secret-a-1")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("b.wealth"), kBranchB, StaffRole::WealthManager, QStringLiteral("secret-b-1")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("a.teller"), kBranchA, StaffRole::Teller, QStringLiteral("secret-t-1")));
    m_tokenA = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
    m_tokenB = signIn(QStringLiteral("b.wealth"), QStringLiteral("secret-b-1"));
    QVERIFY(!m_tokenA.isEmpty() && !m_tokenB.isEmpty());
    m_token = m_tokenA;
}

QByteArray tst_SyncServer::signIn(const QString &user, const QString &password)
{
    m_token.clear();
    return m_fixture.signIn(user, password);
}

QJsonObject tst_SyncServer::change(const QString &table)
{
    return QJsonObject{{QStringLiteral("change_id"), m_ids.next()},
                       {QStringLiteral("table"), table},
                       {QStringLiteral("row_id"), m_ids.next()},
                       {QStringLiteral("op"), QStringLiteral("upsert")},
                       {QStringLiteral("fields"), QJsonObject{{QStringLiteral("phone"),
                                                               QStringLiteral("13800138000")}}},
                       {QStringLiteral("base_version"), 1},
                       {QStringLiteral("hlc"), QStringLiteral("0001732345678901-00000-node-1")},
                       {QStringLiteral("origin_node"), QStringLiteral("node-1")},
                       {QStringLiteral("schema_version"), 3}};
}

Answer tst_SyncServer::send(const QString &method, const QString &path, const QByteArray &body)
{
    return m_fixture.request(method, path, body, m_token);
}

namespace {
QByteArray pushBody(const QString &branch, const QJsonArray &changes, int protocol)
{
    const QJsonObject body{{QStringLiteral("protocol"), protocol},
                           {QStringLiteral("branch_id"), branch},
                           {QStringLiteral("changes"), changes}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}
} // namespace

QNetworkReply *tst_SyncServer::startPush(const QString &branch, const QJsonArray &changes)
{
    return m_fixture.startRequest(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                  pushBody(branch, changes, SyncProtocol::kVersion), m_token);
}

Answer tst_SyncServer::push(const QString &branch, const QJsonArray &changes, int protocol)
{
    return send(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                pushBody(branch, changes, protocol));
}

void tst_SyncServer::healthReportsVersionsAndDatabase()
{
    const Answer health = send(QStringLiteral("GET"), QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body.value(QStringLiteral("protocol")).toInt(), SyncProtocol::kVersion);
    QCOMPARE(health.body.value(QStringLiteral("database")).toString(), QStringLiteral("ok"));
    QVERIFY(!health.body.value(QStringLiteral("epoch")).toString().isEmpty());
}

void tst_SyncServer::pushIsIdempotent()
{
    const QJsonArray first{change(), change(), change()};
    const Answer once = push(kBranchA, first);
    QCOMPARE(once.status, 200);
    const QJsonArray results = once.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(results.at(i)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        QCOMPARE(results.at(i)[QStringLiteral("seq")].toInteger(), qint64(i + 1));
    }
    // The response was lost and the workstation sends the batch again, plus a new change.
    QJsonArray retry = first;
    retry << change();
    const Answer again = push(kBranchA, retry);
    QCOMPARE(again.status, 200);
    const QJsonArray retried = again.body.value(QStringLiteral("results")).toArray();
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(retried.at(i)[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(retried.at(i)[QStringLiteral("seq")].toInteger(), qint64(i + 1));
    }
    QCOMPARE(retried.at(3)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(retried.at(3)[QStringLiteral("seq")].toInteger(), qint64(4));
}

void tst_SyncServer::pullReturnsChangesInOrder()
{
    const Answer all = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=0"));
    QCOMPARE(all.status, 200);
    const QJsonArray changes = all.body.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 4);
    for (int i = 0; i < changes.size(); ++i)
        QCOMPARE(changes.at(i)[QStringLiteral("seq")].toInteger(), qint64(i + 1));
    QCOMPARE(changes.at(0)[QStringLiteral("fields")][QStringLiteral("phone")].toString(),
             QStringLiteral("13800138000"));
    QCOMPARE(all.body.value(QStringLiteral("last_seq")).toInteger(), qint64(4));

    const Answer rest = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=2"));
    QCOMPARE(rest.body.value(QStringLiteral("changes")).toArray().size(), 2);
    const Answer page = send(QStringLiteral("GET"),
                             QStringLiteral("/v1/changes?branch=branch-a&after=0&limit=1"));
    QCOMPARE(page.body.value(QStringLiteral("changes")).toArray().size(), 1);
    QVERIFY(page.body.value(QStringLiteral("more")).toBool());
}

void tst_SyncServer::branchesHaveTheirOwnLogs()
{
    m_token = m_tokenB;
    const Answer pushed = push(kBranchB, QJsonArray{change()});
    QCOMPARE(pushed.body.value(QStringLiteral("results")).toArray().at(0)[QStringLiteral("seq")].toInteger(),
             qint64(1));
    const Answer b = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-b&after=0"));
    QCOMPARE(b.body.value(QStringLiteral("changes")).toArray().size(), 1);
    m_token = m_tokenA;
    const Answer a = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=4"));
    QCOMPARE(a.body.value(QStringLiteral("changes")).toArray().size(), 0);
}

void tst_SyncServer::malformedChangesAreRefusedOneByOne()
{
    QJsonObject unknownTable = change(QStringLiteral("pg_authid"));
    QJsonObject badId = change();
    badId[QStringLiteral("change_id")] = QStringLiteral("1; DROP TABLE change_log");
    const QJsonObject good = change();
    m_token = m_tokenB;
    const Answer answer = push(kBranchB, QJsonArray{unknownTable, good, badId});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0)[QStringLiteral("status")].toString(), QStringLiteral("refused"));
    QVERIFY(results.at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("pg_authid")));
    QCOMPARE(results.at(1)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
    QCOMPARE(results.at(2)[QStringLiteral("status")].toString(), QStringLiteral("refused"));
    const Answer b = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-b&after=0"));
    QCOMPARE(b.body.value(QStringLiteral("changes")).toArray().size(), 2);
    m_token = m_tokenA;
}

void tst_SyncServer::badRequestsGetClearAnswers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not JSON") << "POST" << "/v1/push" << QByteArray("{changes: [") << 400 << "JSON";
    QTest::newRow("JSON array") << "POST" << "/v1/push" << QByteArray("[1,2]") << 400 << "JSON";
    QTest::newRow("old client")
            << "POST" << "/v1/push"
            << QByteArray(R"({"protocol":0,"branch_id":"branch-a","changes":[]})") << 426
            << "update";
    QTest::newRow("unknown branch")
            << "POST" << "/v1/push"
            << QByteArray(R"({"protocol":2,"branch_id":"nowhere","changes":[]})") << 403
            << "branch";
    QTest::newRow("another branch's log") << "GET" << "/v1/changes?branch=branch-b&after=0"
                                          << QByteArray() << 403 << "branch";
    QTest::newRow("changes not a list")
            << "POST" << "/v1/push"
            << QByteArray(R"({"protocol":2,"branch_id":"branch-a","changes":"all"})") << 400
            << "array";
    QTest::newRow("oversize body") << "POST" << "/v1/push"
                                   << QByteArray(17 * 1024 * 1024, ' ') << 413 << "larger";
    QTest::newRow("bad cursor") << "GET" << "/v1/changes?branch=branch-a&after=-3" << QByteArray()
                                << 400 << "cursor";
    QTest::newRow("huge limit") << "GET" << "/v1/changes?branch=branch-a&after=0&limit=99999999"
                                << QByteArray() << 400 << "limit";
}

void tst_SyncServer::badRequestsGetClearAnswers()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, messagePart);
    const Answer answer = send(method, path, body);
    QCOMPARE(answer.status, status);
    QVERIFY2(answer.body.value(QStringLiteral("error")).toString().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(answer.body.value(QStringLiteral("error")).toString()));
    // ... and the server keeps serving.
    QCOMPARE(send(QStringLiteral("GET"), QStringLiteral("/health")).status, 200);
}

void tst_SyncServer::lateCommitIsNeverSkipped()
{
    // Another writer (a second server process, say, or a set-up command on the SQLite
    // file) takes branch A's next number and is slow to commit. A push arriving meanwhile
    // must not become visible ahead of it, or a workstation that pulled in between would
    // move its cursor past the late change. PostgreSQL: the counter row's lock; SQLite:
    // the database's write lock, which BEGIN IMMEDIATE takes.
    QSqlDatabase other = m_fixture.openDirect(QStringLiteral("late"));
    QVERIFY(other.isOpen());
    if (kSqlite)
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
    else
        QVERIFY(other.transaction());
    QSqlQuery take(other);
    QVERIFY(take.exec(QStringLiteral("SELECT next_seq FROM branch_change_counter "
                                     "WHERE branch_id = 'branch-a'")
                      + (kSqlite ? QString() : QStringLiteral(" FOR UPDATE"))));
    QVERIFY(take.next());
    const qint64 lateSeq = take.value(0).toLongLong();

    QNetworkReply *waiting = startPush(kBranchA, QJsonArray{change()});
    QTest::qWait(1000);
    QVERIFY2(!waiting->isFinished(), "the push must wait for the earlier number to commit");
    QSqlQuery visible(other);
    QVERIFY(visible.exec(QStringLiteral("SELECT count(*) FROM change_log WHERE branch_id = "
                                        "'branch-a' AND seq >= %1").arg(lateSeq)));
    QVERIFY(visible.next());
    QCOMPARE(visible.value(0).toInt(), 0);

    QSqlQuery late(other);
    late.prepare(QStringLiteral(
            "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, fields, "
            "base_version, hlc, origin_node, schema_version) VALUES ('branch-a', ?, ?%1, "
            "'customer', 'late-row', 'upsert', '{}'%2, 1, 'hlc', 'node-2', 3)")
                         .arg(kSqlite ? QString() : QStringLiteral("::uuid"),
                              kSqlite ? QString() : QStringLiteral("::jsonb")));
    late.addBindValue(lateSeq);
    late.addBindValue(m_ids.next());
    QVERIFY(late.exec());
    QSqlQuery advance(other);
    QVERIFY(advance.exec(QStringLiteral("UPDATE branch_change_counter SET next_seq = %1 "
                                        "WHERE branch_id = 'branch-a'").arg(lateSeq + 1)));
    take.finish();
    visible.finish();
    QVERIFY2(other.commit(), qPrintable(other.lastError().text()));

    const Answer pushed = test::SyncServerFixture::answerOf(waiting);
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.body.value(QStringLiteral("results")).toArray().at(0)[QStringLiteral("seq")].toInteger(),
             lateSeq + 1);
    const Answer pulled = send(QStringLiteral("GET"),
                               QStringLiteral("/v1/changes?branch=branch-a&after=%1").arg(lateSeq - 1));
    const QJsonArray changes = pulled.body.value(QStringLiteral("changes")).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0)[QStringLiteral("row_id")].toString(), QStringLiteral("late-row"));
    QCOMPARE(changes.at(1)[QStringLiteral("seq")].toInteger(), lateSeq + 1);
    other.close();
    other = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("late"));
}

void tst_SyncServer::signInGivesAnExpiringToken()
{
    const QByteArray saved = m_token;
    m_token.clear();
    const Answer wrong = send(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("a.wealth")},
                                                        {QStringLiteral("password"), QStringLiteral("guess")}})
                                      .toJson());
    QCOMPARE(wrong.status, 401);
    QVERIFY(wrong.body.value(QStringLiteral("token")).toString().isEmpty());
    const Answer right = send(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                              QJsonDocument(QJsonObject{{QStringLiteral("username"), QStringLiteral("a.wealth")},
                                                        {QStringLiteral("password"), QStringLiteral("secret-a-1")}})
                                      .toJson());
    QCOMPARE(right.status, 200);
    QCOMPARE(right.body.value(QStringLiteral("branch_id")).toString(), kBranchA);
    QCOMPARE(right.body.value(QStringLiteral("role")).toString(), QStringLiteral("wealth_manager"));
    const QDateTime expires = QDateTime::fromString(right.body.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires > QDateTime::currentDateTimeUtc());
    QVERIFY(expires < QDateTime::currentDateTimeUtc().addDays(1));
    m_token = saved;
}

void tst_SyncServer::tokensAreCheckedOnEveryRequest_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("forged") << QByteArray(64, 'a');
    QTest::newRow("malformed") << QByteArray("x' OR '1'='1");
    QTest::newRow("expired") << QByteArray("expired");
}

void tst_SyncServer::tokensAreCheckedOnEveryRequest()
{
    QFETCH(QByteArray, token);
    const QByteArray saved = m_token;
    if (token == "expired") {
        token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
        QSqlDatabase db = m_fixture.openDirect(QStringLiteral("expire"));
        QVERIFY(db.isOpen());
        QVERIFY(QSqlQuery(db).exec(
                kSqlite ? QStringLiteral("UPDATE access_token SET expires_at = "
                                         "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-1 minute')")
                        : QStringLiteral("UPDATE access_token SET expires_at = now() - interval "
                                         "'1 minute'")));
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("expire"));
    }
    m_token = token;
    QCOMPARE(push(kBranchA, QJsonArray{change()}).status, 401);
    const Answer pull = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=0"));
    QCOMPARE(pull.status, 401);
    QVERIFY(pull.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("Sign in")));
    Q_UNUSED(saved);
    m_token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
}

void tst_SyncServer::aBranchCannotTouchAnother()
{
    m_token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
    const Answer pushed = push(kBranchB, QJsonArray{change()});
    QCOMPARE(pushed.status, 403);
    m_token = signIn(QStringLiteral("b.wealth"), QStringLiteral("secret-b-1"));
    const Answer b = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-b&after=0"));
    QCOMPARE(b.body.value(QStringLiteral("changes")).toArray().size(), 2); // unchanged
}

void tst_SyncServer::rolesAreCheckedPerChange()
{
    m_token = signIn(QStringLiteral("a.teller"), QStringLiteral("secret-t-1"));
    // A teller records counter services but may not edit a customer's profile.
    const Answer answer = push(kBranchA, QJsonArray{change(QStringLiteral("customer")),
                                                    change(QStringLiteral("teller_session"))});
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.at(0)[QStringLiteral("status")].toString(), QStringLiteral("refused"));
    QVERIFY(results.at(0)[QStringLiteral("reason")].toString().contains(QStringLiteral("may not")));
    QCOMPARE(results.at(1)[QStringLiteral("status")].toString(), QStringLiteral("applied"));
}

void tst_SyncServer::setUpCommandsCreateBranchesAndAccounts()
{
    auto run = [this](const QStringList &command, const QString &password = {}) {
        return m_fixture.runCommand(command, password).exitCode;
    };
    QCOMPARE(run({QStringLiteral("add-branch"), QStringLiteral("branch-c"), QStringLiteral("310103"),
                  QStringLiteral("南京路支行")}),
             0);
    QCOMPARE(run({QStringLiteral("add-user"), QStringLiteral("c.head"), QStringLiteral("branch-c"),
                  QStringLiteral("branch_head")},
                 QStringLiteral("short")),
             2); // too short a password
    QCOMPARE(run({QStringLiteral("add-user"), QStringLiteral("c.head"), QStringLiteral("branch-c"),
                  QStringLiteral("janitor")},
                 QStringLiteral("long-enough-1")),
             2); // no such role
    QCOMPARE(run({QStringLiteral("add-user"), QStringLiteral("c.head"), QStringLiteral("branch-c"),
                  QStringLiteral("branch_head")},
                 QStringLiteral("long-enough-1")),
             0);
    QCOMPARE(run({QStringLiteral("launch-rockets")}), 2);
    QVERIFY(!signIn(QStringLiteral("c.head"), QStringLiteral("long-enough-1")).isEmpty());
    m_token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
}

namespace {
// The workstation's branch rows: id -> "code|name".
QMap<QString, QString> localBranches(Store &store)
{
    QMap<QString, QString> found;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id, code, name FROM branch"));
    while (query.next())
        found.insert(query.value(0).toString(),
                     query.value(1).toString() + QLatin1Char('|') + query.value(2).toString());
    return found;
}

int outboxSize(Store &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && query.next()
            ? query.value(0).toInt()
            : -1;
}
} // namespace

void tst_SyncServer::branchListReachesWorkstations()
{
    auto run = [this](const QStringList &command, const QString &password = {}) {
        return m_fixture.runCommand(command, password).exitCode;
    };
    QCOMPARE(run({ QStringLiteral("add-branch"), QStringLiteral("branch-d"),
                   QStringLiteral("310104"), QStringLiteral("徐家汇支行") }),
             0);
    QCOMPARE(run({ QStringLiteral("add-user"), QStringLiteral("d.head"), QStringLiteral("branch-d"),
                   QStringLiteral("branch_head") },
                 QStringLiteral("long-enough-d")),
             0);
    QTemporaryDir dir;
    Store desk;
    QVERIFY(desk.open(dir.filePath(QStringLiteral("desk-d.db"))));
    auto sync = [&](const QString &user, const QString &password) {
        SyncEngine engine(desk, m_fixture.url(), user, password);
        return engine.syncOnce();
    };

    // A new branch's first sync brings every branch the server has, its own included.
    SyncEngine::Report report = sync(QStringLiteral("d.head"), QStringLiteral("long-enough-d"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QMap<QString, QString> branches = localBranches(desk);
    QCOMPARE(branches.value(QStringLiteral("branch-d")), QStringLiteral("310104|徐家汇支行"));
    QCOMPARE(branches.value(kBranchA), QStringLiteral("310101|310101"));
    QCOMPARE(branches.value(kBranchB), QStringLiteral("310102|310102"));
    QCOMPARE(outboxSize(desk), 0); // reference data, never sent back

    // add-branch again renames; add-branch of a new one adds: both follow at the next sync.
    QCOMPARE(run({ QStringLiteral("add-branch"), kBranchB, QStringLiteral("310192"),
                   QStringLiteral("陆家嘴支行") }),
             0);
    QCOMPARE(run({ QStringLiteral("add-branch"), QStringLiteral("branch-e"),
                   QStringLiteral("310105"), QStringLiteral("五角场支行") }),
             0);
    report = sync(QStringLiteral("d.head"), QStringLiteral("long-enough-d"));
    QVERIFY2(report.ok, qPrintable(report.error));
    branches = localBranches(desk);
    QCOMPARE(branches.value(kBranchB), QStringLiteral("310192|陆家嘴支行"));
    QCOMPARE(branches.value(QStringLiteral("branch-e")), QStringLiteral("310105|五角场支行"));
    QCOMPARE(outboxSize(desk), 0);

    // Holding every branch's row does not make this workstation another branch's.
    report = sync(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("another branch")), qPrintable(report.error));

    // An older server sends no list: nothing changes, nothing is deleted. A code another
    // local row still holds is left for a later pull, without failing this one.
    const int before = localBranches(desk).size();
    Transaction transaction(desk.database());
    ReferenceBranches absent(desk);
    QVERIFY(absent.apply(QJsonObject().value(QStringLiteral("branches"))));
    QCOMPARE(absent.inserted() + absent.updated(), 0);
    ReferenceBranches clash(desk);
    QVERIFY(clash.apply(QJsonArray { QJsonObject { { QStringLiteral("id"), QStringLiteral("branch-f") },
                                                   { QStringLiteral("code"), QStringLiteral("310104") },
                                                   { QStringLiteral("name"), QStringLiteral("f") } } }));
    QCOMPARE(clash.inserted(), 0);
    QVERIFY(transaction.commit());
    QCOMPARE(localBranches(desk).size(), before);
    m_token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
}

void tst_SyncServer::auditChainIsStoredAppendOnly()
{
    // A node's entries go up with a token bound to that node (docs/SECURITY.md §8.2).
    m_token = m_fixture.signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"),
                               QStringLiteral("node-audit"));
    auto fields = [](int seq, const QString &prev) {
        AuditEntry e;
        e.seq = seq;
        e.id = QStringLiteral("audit-%1").arg(seq);
        e.occurredAt = QStringLiteral("2026-11-23T10:00:00Z");
        e.actorId = QStringLiteral("staff-a-wealth");
        e.actorName = QStringLiteral("a.wealth");
        e.action = QStringLiteral("customer.view");
        e.entity = QStringLiteral("customer");
        e.entityId = QStringLiteral("c-1");
        e.detailJson = QStringLiteral("{}");
        e.prevHash = prev;
        return e;
    };
    auto entry = [&](int seq, const QString &prev, const QString &hash) {
        AuditEntry e = fields(seq, prev);
        e.hash = hash;
        return test::auditEntryJson(e);
    };
    const QString zero(64, QLatin1Char('0'));
    const QString h1 = AuditChain::entryHash(fields(1, zero));
    const QString h2 = AuditChain::entryHash(fields(2, h1));
    auto send = [&](const QJsonArray &entries) {
        const QJsonObject body { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                 { QStringLiteral("origin_node"), QStringLiteral("node-audit") },
                                 { QStringLiteral("entries"), entries } };
        const Answer answer = this->send(QStringLiteral("POST"), QStringLiteral("/v1/audit"),
                                         QJsonDocument(body).toJson(QJsonDocument::Compact));
        QStringList statuses;
        for (const QJsonValue &result : answer.body.value(QStringLiteral("results")).toArray())
            statuses << result[QStringLiteral("status")].toString();
        return statuses;
    };
    QCOMPARE(send({ entry(1, zero, h1), entry(2, h1, h2) }),
             QStringList({ QStringLiteral("applied"), QStringLiteral("applied") }));
    // Sent again: duplicates; changed, not linking or not matching its hash: refused.
    QCOMPARE(send({ entry(2, h1, h2), entry(2, h1, QString(64, QLatin1Char('9'))),
                    entry(4, h2, h1), entry(3, h2, QString(64, QLatin1Char('3'))) }),
             QStringList({ QStringLiteral("duplicate"), QStringLiteral("refused"),
                           QStringLiteral("refused"), QStringLiteral("refused") }));

    // Not even the database's own users can change or remove a stored entry.
    {
        QSqlDatabase db = m_fixture.openDirect(QStringLiteral("audit"));
        QVERIFY(db.isOpen());
        QSqlQuery change(db);
        QVERIFY(!change.exec(QStringLiteral("UPDATE audit_entry SET actor_name = 'someone else'")));
        QVERIFY2(change.lastError().text().contains(QStringLiteral("append-only")),
                 qPrintable(change.lastError().text()));
        QVERIFY(!change.exec(QStringLiteral("DELETE FROM audit_entry")));
        QSqlQuery count(db);
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM audit_entry")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
}

void tst_SyncServer::restartKeepsEverything()
{
    m_token = signIn(QStringLiteral("a.wealth"), QStringLiteral("secret-a-1"));
    const Answer before = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=0"));
    QCOMPARE(before.status, 200);
    const QString epoch = before.body.value(QStringLiteral("epoch")).toString();
    const qint64 last = before.body.value(QStringLiteral("last_seq")).toInteger();
    QVERIFY(last > 0);

    // As a crash would: no shutdown at all.
    m_fixture.killServer();
    QVERIFY2(m_fixture.startServer(), qPrintable(m_fixture.errorString()));

    // The token, the log, its numbering and the epoch are all still there.
    const Answer after = send(QStringLiteral("GET"), QStringLiteral("/v1/changes?branch=branch-a&after=0"));
    QCOMPARE(after.status, 200);
    QCOMPARE(after.body.value(QStringLiteral("epoch")).toString(), epoch);
    QCOMPARE(after.body.value(QStringLiteral("last_seq")).toInteger(), last);
    QCOMPARE(after.body.value(QStringLiteral("changes")).toArray(),
             before.body.value(QStringLiteral("changes")).toArray());
    const Answer pushed = push(kBranchA, QJsonArray { change() });
    QCOMPARE(pushed.body.value(QStringLiteral("results")).toArray().at(0)[QStringLiteral("seq")].toInteger(),
             last + 1);
}

void tst_SyncServer::damagedStoreIsRefusedUntouched()
{
    if (!kSqlite)
        QSKIP("the embedded store's own check; a PostgreSQL database is its cluster's to check");
    QTemporaryDir dir;
    QProcess setUp; // a good server file, closed cleanly, then cut short
    const QString good = dir.filePath(QStringLiteral("good.db"));
    setUp.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                { QStringLiteral("--db-path"), good, QStringLiteral("add-branch"),
                  QStringLiteral("b-x"), QStringLiteral("310109"), QStringLiteral("x") });
    QVERIFY(setUp.waitForFinished(30000) && setUp.exitCode() == 0);
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::ReadOnly) && goodFile.size() > 16384);
    const QByteArray head = goodFile.read(8192);
    goodFile.close();
    Store workstation;
    QVERIFY(workstation.open(dir.filePath(QStringLiteral("desk.db"))));
    workstation.close();

    const QList<std::pair<QString, QByteArray>> files {
        { QStringLiteral("garbage.db"), QByteArray("not a database at all\n").repeated(100) },
        { QStringLiteral("truncated.db"), head },
        { QStringLiteral("desk.db"), {} },        // a workstation's file, not a server's
    };
    for (const auto &[name, content] : files) {
        const QString path = dir.filePath(name);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();

        QProcess server;
        server.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                     { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db-path"),
                       path });
        QVERIFY(server.waitForFinished(30000));
        QCOMPARE(server.exitCode(), 1);
        const QString said = QString::fromUtf8(server.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("left untouched")) && said.contains(path),
                 qPrintable(said));
        // A server file is restored or started afresh, never synced (the workstation's words).
        QVERIFY2(!said.contains(QStringLiteral("sync a fresh copy")), qPrintable(said));
        if (name != QLatin1String("desk.db"))
            QVERIFY2(said.contains(QStringLiteral("not a readable BranchDesk server database"))
                             && said.contains(QStringLiteral("restore it from a backup")),
                     qPrintable(said));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), original);
    }
}

QTEST_GUILESS_MAIN(tst_SyncServer)
#include "tst_sync_server.moc"
