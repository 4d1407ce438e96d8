// Issue 14 (docs/SECURITY.md §8.1): the desk's own birthday care tasks (CarePlanner: kind
// "birthday", due on the customer's birthday) told every role of the branch the birth date
// that is sealed and withheld elsewhere, through GET /v1/changes, the baseline pages and the
// snapshot. Now, as with the birthday sweep's opportunities (tst_birthday_events_by_role), a
// role without reveal_personal_data receives no change of such a row (not its insert, not a
// later completion that names no kind), no page row and no snapshot row; the cursor passes.
// A real branchdesk-server process: import-branch of a demo file, a wealth manager's push,
// each role's pulls, pages and snapshot over HTTP; on the embedded store and, built again as
// tst_birthday_care_tasks_by_role_postgres, on PostgreSQL.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/ImportedDemoBranch.h"
#include "../common/SyncServerFixture.h"
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
// Rows this test writes: a birthday task and a welcome task in the imported file (baseline
// and snapshot), and a birthday task and a maturity task pushed afterwards.
const QString kImportedBirthday = QStringLiteral("0190c1a2-0000-7000-8000-0000000000b1");
const QString kImportedWelcome = QStringLiteral("0190c1a2-0000-7000-8000-0000000000c1");
const QString kPushedBirthday = QStringLiteral("0190c1a2-0000-7000-8000-0000000000b2");
const QString kPushedMaturity = QStringLiteral("0190c1a2-0000-7000-8000-0000000000d2");
const QString kBirthDay = QStringLiteral("2027-03-14");

QString textOf(const QCborValue &value)
{
    return value.isByteArray() ? QString::fromUtf8(value.toByteArray()) : value.toString();
}

QJsonObject change(const QString &rowId, const QJsonObject &fields, int baseVersion)
{
    static int clock = 0;
    return {{QStringLiteral("change_id"), Uuid7Generator::generate()},
            {QStringLiteral("table"), QStringLiteral("care_task")},
            {QStringLiteral("row_id"), rowId},
            {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("base_version"), baseVersion},
            {QStringLiteral("hlc"), QStringLiteral("2026-12-06T10:00:00.000Z-%1-node-wm")
                                            .arg(++clock, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("origin_node"), QStringLiteral("node-wm")},
            {QStringLiteral("schema_version"), 1}};
}
} // namespace

class tst_BirthdayCareTasksByRole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void changesOnlyToRolesThatReveal_data() { roles(); }
    void changesOnlyToRolesThatReveal();
    void pagesOnlyToRolesThatReveal_data() { roles(); }
    void pagesOnlyToRolesThatReveal();
    void snapshotOnlyToRolesThatReveal_data() { roles(); }
    void snapshotOnlyToRolesThatReveal();

private:
    static void roles();
    QByteArray tokenOf(StaffRole role);

    test::SyncServerFixture m_server{
            test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    QTemporaryDir m_dir;
    QString m_branchId;
    qint64 m_head = 0; // the log's last number after the push
};

void tst_BirthdayCareTasksByRole::roles()
{
    QTest::addColumn<StaffRole>("role");
    QTest::addColumn<bool>("reveals");
    QTest::newRow("teller") << StaffRole::Teller << false;
    QTest::newRow("lobby manager") << StaffRole::LobbyManager << false;
    QTest::newRow("administrator") << StaffRole::Admin << false;
    QTest::newRow("wealth manager") << StaffRole::WealthManager << true;
    QTest::newRow("branch head") << StaffRole::BranchHead << true;
}

QByteArray tst_BirthdayCareTasksByRole::tokenOf(StaffRole role)
{
    return m_server.signIn(QStringLiteral("r.") + StaffRoles::code(role),
                           StaffRoles::code(role) + QStringLiteral("-pass-1"));
}

void tst_BirthdayCareTasksByRole::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString customer;
    {
        Store source;
        QVERIFY_RESULT(test::openDemoBranch(source, m_dir.filePath(QStringLiteral("source.db")), 20));
        QSqlQuery query(source.database());
        QVERIFY(query.exec(QStringLiteral("SELECT c.branch_id, c.id FROM customer c LIMIT 1")));
        QVERIFY(query.next());
        m_branchId = query.value(0).toString();
        customer = query.value(1).toString();
        query.finish();
        // The demo plans birthdays only within a week of today: these two are the test's own.
        for (const auto &[id, kind] : {std::pair{kImportedBirthday, QStringLiteral("birthday")},
                                       std::pair{kImportedWelcome, QStringLiteral("welcome_day0")}}) {
            query.prepare(QStringLiteral(
                    "INSERT INTO care_task (id, customer_id, kind, due_on, status, note, "
                    "updated_at) VALUES (?, ?, ?, ?, 'open', '', '2026-12-01T00:00:00Z')"));
            query.addBindValue(id);
            query.addBindValue(customer);
            query.addBindValue(kind);
            query.addBindValue(kBirthDay);
            QVERIFY2(query.exec(), qPrintable(query.lastQuery()));
        }
    }
    const QString said = m_server.importBranch(m_dir.filePath(QStringLiteral("source.db")));
    QVERIFY2(said.contains(QStringLiteral("Snapshot for new workstations")), qPrintable(said));
    for (const StaffRole role : StaffRoles::all())
        QVERIFY(m_server.addAccount(QStringLiteral("r.") + StaffRoles::code(role), m_branchId,
                                    role, StaffRoles::code(role) + QStringLiteral("-pass-1")));

    // A wealth manager's desk pushes a new birthday task, a maturity task, and completes both
    // birthday tasks: completions carry only what changed (no kind, no due day).
    const QJsonObject done{{QStringLiteral("status"), QStringLiteral("done")},
                           {QStringLiteral("done_at"), kBirthDay + QStringLiteral("T09:30:00Z")},
                           {QStringLiteral("note"), QString()}};
    auto task = [&customer](const QString &kind) {
        return QJsonObject{{QStringLiteral("customer_id"), customer},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("due_on"), kBirthDay},
                           {QStringLiteral("status"), QStringLiteral("open")},
                           {QStringLiteral("note"), QString()}};
    };
    const QJsonArray changes{change(kPushedBirthday, task(QStringLiteral("birthday")), 0),
                             change(kPushedMaturity, task(QStringLiteral("maturity")), 0),
                             change(kPushedBirthday, done, 1), change(kImportedBirthday, done, 1)};
    const QJsonObject push{{QStringLiteral("protocol"), SyncProtocol::kVersion},
                           {QStringLiteral("branch_id"), m_branchId},
                           {QStringLiteral("changes"), changes}};
    const auto pushed = m_server.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                                         QJsonDocument(push).toJson(),
                                         tokenOf(StaffRole::WealthManager));
    QVERIFY2(pushed.status == 200, QJsonDocument(pushed.body).toJson().constData());
    for (const QJsonValue &result : pushed.body.value(QStringLiteral("results")).toArray()) {
        QVERIFY2(result.toObject().value(QStringLiteral("status")) == QLatin1String("applied"),
                 QJsonDocument(pushed.body).toJson().constData());
        m_head = std::max(m_head, result.toObject().value(QStringLiteral("seq")).toInteger());
    }
    QVERIFY(m_head >= 4);
}

void tst_BirthdayCareTasksByRole::changesOnlyToRolesThatReveal()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, reveals);
    const auto answer = m_server.request(QStringLiteral("GET"),
                                         QStringLiteral("/v1/changes?branch=%1&after=0&limit=500")
                                                 .arg(m_branchId),
                                         {}, tokenOf(role));
    QCOMPARE(answer.status, 200);
    QHash<QString, int> received; // changes per row
    for (const QJsonValue &value : answer.body.value(QStringLiteral("changes")).toArray())
        ++received[value.toObject().value(QStringLiteral("row_id")).toString()];
    QCOMPARE(received.value(kPushedMaturity), 1);
    QCOMPARE(received.value(kPushedBirthday), reveals ? 2 : 0);
    QCOMPARE(received.value(kImportedBirthday), reveals ? 1 : 0);
    // The cursor passes what was withheld: the next pull does not ask for it again.
    QCOMPARE(answer.body.value(QStringLiteral("last_seq")).toInteger(), m_head);
}

void tst_BirthdayCareTasksByRole::pagesOnlyToRolesThatReveal()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, reveals);
    const QByteArray token = tokenOf(role);
    const auto info = m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/baseline"), {},
                                       token);
    const QString id = info.body.value(QStringLiteral("baseline_id")).toString();
    const int pages = info.body.value(QStringLiteral("pages")).toInt();
    QVERIFY(pages > 0);
    QStringList tasks;
    for (int page = 1; page <= pages; ++page) {
        const auto [status, body] = m_server.getRaw(
                QStringLiteral("/v1/baseline-page?id=%1&page=%2").arg(id).arg(page), token);
        QCOMPARE(status, 200);
        const QCborMap map = QCborValue::fromCbor(body).toMap();
        if (textOf(map.value(QStringLiteral("table"))) != QLatin1String("care_task"))
            continue;
        const QCborArray columns = map.value(QStringLiteral("columns")).toArray();
        qsizetype idColumn = -1;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            if (textOf(columns.at(c)) == QLatin1String("id"))
                idColumn = c;
        }
        for (const QCborValue &row : map.value(QStringLiteral("rows")).toArray())
            tasks << textOf(row.toArray().at(idColumn));
    }
    QVERIFY(tasks.contains(kImportedWelcome));
    QCOMPARE(tasks.contains(kImportedBirthday), reveals);
}

void tst_BirthdayCareTasksByRole::snapshotOnlyToRolesThatReveal()
{
    QFETCH(StaffRole, role);
    QFETCH(bool, reveals);
    // The snapshot a role is handed: the branch's, or its copy without personal data.
    const QByteArray file = m_server.downloadSnapshotWhenReady(
            tokenOf(role), reveals ? QString() : QStringLiteral("?personal_data=withheld"));
    QVERIFY(!file.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("snapshot-%1.db").arg(StaffRoles::code(role)));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(file) == file.size());
    out.close();
    int birthdays = 0;
    int welcome = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), path);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT kind, count(*) FROM care_task GROUP BY kind")));
        while (query.next()) {
            if (query.value(0).toString() == QLatin1String("birthday"))
                birthdays = query.value(1).toInt();
            if (query.value(0).toString() == QLatin1String("welcome_day0"))
                welcome = query.value(1).toInt();
        }
    }
    QSqlDatabase::removeDatabase(path);
    QVERIFY(welcome >= 1);
    if (reveals)
        QVERIFY(birthdays >= 1);
    else
        QCOMPARE(birthdays, 0);
}

QTEST_GUILESS_MAIN(tst_BirthdayCareTasksByRole)
#include "tst_birthday_care_tasks_by_role.moc"
