// Drives the real branchdesk-admin binary on temporary databases: usage and help, init,
// demo, users, customers (masked, validated, synced, audited), stats and audit verify.

#include "app/demo/DemoBranchGenerator.h"
#include "../common/ProgramRun.h"
#include "../common/ResultAssert.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/services/core/DefaultDatabasePath.h"
#include "app/services/staff/AuthService.h"
#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bd;

namespace {

const QString kAdminPassword = QStringLiteral("admin-password-1");
const QString kTellerPassword = QStringLiteral("teller-password-1");
const QString kManagerPassword = QStringLiteral("manager-password-1");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

struct Customer
{
    QString cif;
    QString name;
    QString idNumber;
    QString phone;
    QString address;
    QString tier;
    qint64 aumFen;
};

// A connection of the test's own, opened and removed around each use, so that the file
// is never held open while the admin process works on it.
class Sql
{
public:
    explicit Sql(const QString &path)
        : m_name(QStringLiteral("tst-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning() << "cannot open" << path << db.lastError().text();
    }
    ~Sql() { QSqlDatabase::removeDatabase(m_name); }

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    void close()
    {
        QSqlDatabase connection = db();
        connection.close();
    }
    QVariant value(const QString &sql, const QVariantList &bind = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : bind)
            query.addBindValue(v);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    bool exec(const QString &sql, const QVariantList &bind = {}) const
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &v : bind)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

qint64 scalar(const QString &path, const QString &sql, const QVariantList &bind = {})
{
    Sql sql_(path);
    const qint64 result = sql_.value(sql, bind).toLongLong();
    sql_.close();
    return result;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class tst_AdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void help_data();
    void help();
    void badUsage_data();
    void badUsage();
    void version();

    void initCreatesLatestSchema();
    void initRefuses_data();
    void initRefuses();
    void initWithoutPasswordLeavesNothing();
    void programsUseTheProductionArgon2Cost();
    void defaultDatabaseIsNotCreatedBehindYourBack();

    void demo();

    void customerFind_data();
    void customerFind();
    void customerShowMasks_data();
    void customerShowMasks();
    void customerEditRefusesBadValue_data();
    void customerEditRefusesBadValue();
    void customerEditAppliesGoodValue();
    void tellerMayNotEdit();
    void signInFailures_data();
    void signInFailures();

    void userCommands();
    void stats();
    void auditVerify();

private:
    Run run(const QStringList &arguments, const QMap<QString, QString> &environment = {});
    Run as(const QString &user, const QString &password, const QStringList &arguments);
    QString freshCopy(const QString &name);
    void addCustomers(const QString &path);

    QTemporaryDir m_dir;
    QString m_fixture;
    QList<Customer> m_customers;
    int m_copies = 0;
};

Run tst_AdminCli::run(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    QProcessEnvironment env = test::homeEnvironment(m_dir.filePath(QStringLiteral("home")));
    env.remove(QStringLiteral("BRANCHDESK_PASSWORD"));
    env.remove(QStringLiteral("BRANCHDESK_NEW_PASSWORD"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    process.closeWriteChannel(); // stdin is a pipe, never a terminal: no prompts
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "branchdesk-admin timed out:" << arguments;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

Run tst_AdminCli::as(const QString &user, const QString &password, const QStringList &arguments)
{
    return run(arguments + QStringList{QStringLiteral("--user"), user},
               {{QStringLiteral("BRANCHDESK_PASSWORD"), password}});
}

QString tst_AdminCli::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(QStringLiteral("%1-%2.db").arg(name).arg(++m_copies));
    if (!QFile::copy(m_fixture, path))
        qWarning() << "cannot copy the fixture to" << path;
    return path;
}

void tst_AdminCli::addCustomers(const QString &path)
{
    struct Seed
    {
        const char16_t *name;
        const char *phone;
        int year;
        const char *tier;
        qint64 aumYuan;
    };
    const Seed seeds[] = {
        {u"张三丰", "13812345678", 1962, "gold", 620000},
        {u"李四", "13900001111", 1985, "ordinary", 12000},
        {u"王五", "15011112222", 1990, "silver", 80000},
        {u"赵敏", "18622223333", 1978, "platinum", 3500000},
        {u"周芷若", "13733334444", 1988, "diamond", 7000000},
        {u"张无忌", "13644445555", 1975, "gold", 900000},
    };
    Sql sql(path);
    const QString branchId = sql.value(QStringLiteral("SELECT id FROM branch")).toString();
    const QString managerId = sql.value(QStringLiteral("SELECT id FROM staff_user WHERE "
                                                       "username = 'wendy'"))
                                      .toString();
    const QString now = QStringLiteral("2026-01-05T08:00:00Z");
    int sequence = 0;
    for (const Seed &seed : seeds) {
        ++sequence;
        Customer c;
        c.cif = QStringLiteral("C%1").arg(31010100000 + sequence);
        c.name = QString::fromUtf16(seed.name);
        c.idNumber = ResidentIdNumber::compose(QStringLiteral("310101"),
                                               QDate(seed.year, 3, sequence), sequence * 2 + 1);
        c.phone = QString::fromLatin1(seed.phone);
        c.address = QStringLiteral("上海市黄浦区南京东路%1号").arg(sequence * 10);
        c.tier = QString::fromLatin1(seed.tier);
        c.aumFen = seed.aumYuan * 100;
        const bool ok = sql.exec(
                QStringLiteral("INSERT INTO customer (id, branch_id, cif_no, name, gender, "
                               "birth_date, id_number, phone, address, tier, aum_fen, "
                               "manager_id, opened_on, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, 'M', ?, ?, ?, ?, ?, ?, ?, '2020-01-01', ?, ?)"),
                {QStringLiteral("01900000-0000-7000-8000-%1").arg(sequence, 12, 10, QLatin1Char('0')),
                 branchId, c.cif, c.name, QDate(seed.year, 3, sequence).toString(Qt::ISODate),
                 c.idNumber, c.phone, c.address, c.tier, c.aumFen, managerId, now, now});
        QVERIFY(ok);
        m_customers << c;
    }
    sql.close();
    // Rows written in clear behind the services' back: seal and index them the way an
    // import would, with the administrator's key open.
    Store store;
    QVERIFY_RESULT(store.open(path));
    QVERIFY(AuthService(store).signIn(QStringLiteral("boss"), kAdminPassword).session);
    PlaintextSealing sealing(store);
    QVERIFY_RESULT(sealing.sealAll());
}

void tst_AdminCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(BRANCHDESK_ADMIN_BINARY)));
    m_fixture = m_dir.filePath(QStringLiteral("fixture.db"));

    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), m_fixture,
                 QStringLiteral("--branch"), QStringLiteral("310101"),
                 QStringLiteral("--branch-name"), QStringLiteral("Bund branch"),
                 QStringLiteral("--admin-user"), QStringLiteral("boss")},
                {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // A second administrator (password of their own) approves the wealth manager, whose
    // role may reveal personal data (four eyes, issue 14).
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_fixture,
             QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--username"),
             QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("ADA"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), kAdminPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), m_fixture,
             QStringLiteral("--user"), QStringLiteral("ada"), QStringLiteral("--username"),
             QStringLiteral("ada")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), kAdminPassword}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> staff{{QStringLiteral("tina"), QStringLiteral("teller"), kTellerPassword},
                                   {QStringLiteral("wendy"), QStringLiteral("wealth_manager"),
                                    kManagerPassword}};
    static const QRegularExpression requestId(QStringLiteral("Request ([0-9a-f-]{36})"));
    for (const QStringList &user : staff) {
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), m_fixture,
                 QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("--username"),
                 user[0], QStringLiteral("--name"), user[0].toUpper(), QStringLiteral("--role"),
                 user[1]},
                {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword},
                 {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), user[2]}});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch filed = requestId.match(r.out);
        if (filed.hasMatch()) {
            r = run({QStringLiteral("user"), QStringLiteral("approve"), QStringLiteral("--db"),
                     m_fixture, QStringLiteral("--user"), QStringLiteral("ada"),
                     filed.captured(1)},
                    {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword},
                     {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), user[2]}});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }
    addCustomers(m_fixture);
}

// --- usage ------------------------------------------------------------------------------

void tst_AdminCli::help_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("top") << QStringList{} << QStringList{"init", "demo", "user", "customer",
                                                         "stats", "audit", "--db", "--version"};
    QTest::newRow("init") << QStringList{"init"}
                          << QStringList{"--db", "--branch", "--branch-name", "--admin-user"};
    QTest::newRow("demo") << QStringList{"demo"} << QStringList{"--customers", "--seed", "--branch"};
    QTest::newRow("user") << QStringList{"user"}
                          << QStringList{"add", "list", "passwd", "requests", "approve"};
    QTest::newRow("user add") << QStringList{"user", "add"}
                              << QStringList{"--username", "--name", "--role", "--branch", "--user"};
    QTest::newRow("user list") << QStringList{"user", "list"} << QStringList{"--json", "--user"};
    QTest::newRow("user passwd") << QStringList{"user", "passwd"} << QStringList{"--username"};
    QTest::newRow("customer") << QStringList{"customer"} << QStringList{"find", "show", "edit"};
    QTest::newRow("customer find") << QStringList{"customer", "find"}
                                   << QStringList{"QUERY", "--json", "--limit", "--user"};
    QTest::newRow("customer show") << QStringList{"customer", "show"} << QStringList{"ID", "--json"};
    QTest::newRow("customer edit") << QStringList{"customer", "edit"}
                                   << QStringList{"FIELD=VALUE", "phone", "--user"};
    QTest::newRow("stats") << QStringList{"stats"} << QStringList{"--json", "--db"};
    QTest::newRow("audit") << QStringList{"audit"} << QStringList{"verify"};
    QTest::newRow("audit verify") << QStringList{"audit", "verify"} << QStringList{"--db"};
}

void tst_AdminCli::help()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, mentions);
    const Run r = run(command + QStringList{QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &mention : mentions)
        QVERIFY2(r.out.contains(mention), qPrintable(mention + QLatin1String(" in\n") + r.out));
}

void tst_AdminCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "frobnicate";
    QTest::newRow("unknown top option") << QStringList{"--frob"} << "--frob";
    QTest::newRow("unknown option") << QStringList{"stats", "--frob"} << "frob";
    QTest::newRow("unknown subcommand") << QStringList{"user", "remove"} << "remove";
    QTest::newRow("stray argument") << QStringList{"stats", "extra"} << "extra";
    QTest::newRow("missing query") << QStringList{"customer", "find", "--user", "boss"} << "QUERY";
    QTest::newRow("missing value") << QStringList{"init", "--db"} << "db";
    QTest::newRow("not field=value") << QStringList{"customer", "edit", "C1", "phone"} << "FIELD=VALUE";
    QTest::newRow("bad role") << QStringList{"user", "add", "--username", "x", "--name", "X",
                                             "--role", "janitor"}
                              << "janitor";
    QTest::newRow("bad count") << QStringList{"demo", "--customers", "many"} << "--customers";
    QTest::newRow("no user") << QStringList{"customer", "show", "C1"} << "--user";
}

void tst_AdminCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("--help")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_AdminCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QLatin1String(PROJECT_VERSION)));
}

// --- init -------------------------------------------------------------------------------

void tst_AdminCli::initCreatesLatestSchema()
{
    const QString path = m_dir.filePath(QStringLiteral("new/branch.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--branch"),
                 QStringLiteral("320102"), QStringLiteral("--branch-name"),
                 QStringLiteral("Xuanwu")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("user add")));
    {
        Store store;
        QVERIFY_RESULT(store.open(path));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(!store.wasCreated());
    }
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM branch WHERE code = '320102' "
                                         "AND name = 'Xuanwu'")),
             1);
    // The branch travels to the server like any other change.
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox "
                                         "WHERE table_name = 'branch'")),
             1);

    // Once it holds data, init refuses it and leaves it as it was.
    const QByteArray before = fileHash(path);
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("already")), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
}

void tst_AdminCli::initRefuses_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << "text" << "not an SQLite file";
    QTest::newRow("other program's database") << "foreign" << "another program";
    QTest::newRow("newer BranchDesk") << "newer" << "";
}

void tst_AdminCli::initRefuses()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(QStringLiteral("refuse-%1.db").arg(kind));
    if (kind == QLatin1String("text")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("customer list, do not delete\n1;2;3\n");
    } else {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray sql = kind == QLatin1String("foreign")
                ? QByteArray("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('x');")
                : QByteArray("PRAGMA application_id = ") + QByteArray::number(Store::kApplicationId)
                        + "; CREATE TABLE schema_version (version INTEGER, applied_at TEXT);"
                          " INSERT INTO schema_version VALUES ("
                        + QByteArray::number(Store::latestSchemaVersion() + 5) + ", 'later');";
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = fileHash(path);
    const Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path,
                       QStringLiteral("--admin-user"), QStringLiteral("boss")},
                      {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("untouched")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QLatin1String("-wal")));
}

void tst_AdminCli::initWithoutPasswordLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nopassword.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path,
                 QStringLiteral("--admin-user"), QStringLiteral("boss")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("BRANCHDESK_PASSWORD")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));

    // A password that is too short is refused before the file is made, too.
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path,
             QStringLiteral("--admin-user"), QStringLiteral("boss")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("short")}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path));

    // An invalid user name is found only by the service: the half-made file is removed.
    r = run({QStringLiteral("init"), QStringLiteral("--db"), path,
             QStringLiteral("--admin-user"), QStringLiteral("Not A Name")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), kAdminPassword}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFile::exists(path));
}

void tst_AdminCli::defaultDatabaseIsNotCreatedBehindYourBack()
{
    // Without --db the workstation's own database is meant; a command other than init
    // does not create it when it is missing.
    const Run r = run({QStringLiteral("stats")});
    QCOMPARE(r.exitCode, 1);
    const QString expected = m_dir.filePath(QStringLiteral("home/data/BranchDesk/branchdesk/"
                                                           "branchdesk.db"));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!QFile::exists(expected));

    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("home/data")).toLocal8Bit());
    QCOMPARE(defaultDatabasePath(), expected);
}

void tst_AdminCli::programsUseTheProductionArgon2Cost()
{
    // The test programs lower the cost for their own sign-ins (tests/common/CheapArgon2.cpp);
    // the real program, started as a process, must not: the accounts and key slots it made
    // for the fixture carry OWASP's Argon2id minimum.
    QCOMPARE(scalar(m_fixture, QStringLiteral("SELECT count(*) FROM staff_user WHERE "
                                              "password_hash NOT LIKE '$argon2id$v=19$m=19456,t=2,p=1$%'")),
             0);
    QVERIFY(scalar(m_fixture, QStringLiteral("SELECT count(*) FROM key_slot")) >= 3);
    QCOMPARE(scalar(m_fixture, QStringLiteral("SELECT count(*) FROM key_slot "
                                              "WHERE opslimit <> 2 OR memlimit <> 19922944")),
             0);
}

// --- demo -------------------------------------------------------------------------------

void tst_AdminCli::demo()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.db"));
    const Run r = run({QStringLiteral("demo"), QStringLiteral("--db"), path,
                       QStringLiteral("--customers"), QStringLiteral("300"),
                       QStringLiteral("--seed"), QStringLiteral("7")});
    const QList<DemoBranchGenerator::DemoAccount> accounts = DemoBranchGenerator::demoAccounts();
    QVERIFY(!accounts.isEmpty());
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("%"))); // progress, as plain lines off a terminal
    // Every phase says what it does, the search index and the final save included: at a
    // million customers these take minutes after the customers are written.
    for (const char *phase : {"Generating", "today's work", "search index", "Saving"})
        QVERIFY2(r.err.contains(QLatin1String(phase)), qPrintable(phase + QLatin1String(" in: ") + r.err));
    QVERIFY2(r.err.indexOf(QLatin1String("search index")) > r.err.lastIndexOf(QLatin1String("Generating")),
             qPrintable(r.err));
    for (const DemoBranchGenerator::DemoAccount &account : accounts)
        QVERIFY2(r.out.contains(account.username), qPrintable(r.out));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM customer")), 300);

    // Find a generated customer by the last four digits of the phone, as a demo user.
    std::optional<DemoBranchGenerator::DemoAccount> viewer;
    for (const DemoBranchGenerator::DemoAccount &account : accounts) {
        if (account.role == QLatin1String("wealth_manager")
            || account.role == QLatin1String("branch_head"))
            viewer = account;
    }
    QVERIFY(viewer);
    // The phone is stored sealed: read it with the viewer's key, as the program will.
    QString phone;
    {
        Store store;
        QVERIFY(store.open(path));
        QVERIFY(AuthService(store).signIn(viewer->username, viewer->password).session);
        phone = SensitiveColumns::open(store, Sql(path).value(QStringLiteral(
                "SELECT phone FROM customer WHERE phone IS NOT NULL LIMIT 1")));
    }
    QVERIFY(phone.size() == 11);
    const Run found = as(viewer->username, viewer->password,
                         {QStringLiteral("customer"), QStringLiteral("find"), phone.right(4),
                          QStringLiteral("--json"), QStringLiteral("--db"), path});
    QVERIFY2(found.exitCode == 0, qPrintable(found.err));
    const QJsonArray list = found.json().array();
    QVERIFY2(!list.isEmpty(), "generated customers cannot be found: are they in the search index "
                              "(customer_search_key)?");
    // Four digits match a phone or an ID number ending in them, so another customer's ID may
    // match too; each hit must end in the digits in one of the two, shown masked.
    bool phoneHit = false;
    for (const QJsonValue &customer : list) {
        const QString shownPhone = customer[QLatin1String("phone")].toString();
        const QString shownId = customer[QLatin1String("idNumber")].toString();
        QVERIFY2(shownPhone.contains(QLatin1Char('*')), qPrintable(shownPhone));
        QVERIFY2(shownPhone.endsWith(phone.right(4)) || shownId.endsWith(phone.right(4)),
                 qPrintable(shownPhone + QLatin1Char(' ') + shownId));
        phoneHit = phoneHit || shownPhone.endsWith(phone.right(4));
    }
    QVERIFY(phoneHit);
    QVERIFY(!found.out.contains(phone));

    // Demo refuses a database that already has customers.
    const Run again = run({QStringLiteral("demo"), QStringLiteral("--db"), path,
                           QStringLiteral("--customers"), QStringLiteral("10")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(QFile::exists(path));
}

// --- customers --------------------------------------------------------------------------

void tst_AdminCli::customerFind_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expectedCifs");
    QTest::newRow("name part") << QStringLiteral("张") << QStringList{"C31010100001", "C31010100006"};
    QTest::newRow("full name") << QStringLiteral("赵敏") << QStringList{"C31010100004"};
    QTest::newRow("phone suffix") << QStringLiteral("5678") << QStringList{"C31010100001"};
    QTest::newRow("full phone") << QStringLiteral("15011112222") << QStringList{"C31010100003"};
    QTest::newRow("cif") << QStringLiteral("C31010100005") << QStringList{"C31010100005"};
    QTest::newRow("nobody") << QStringLiteral("欧阳") << QStringList{};
}

void tst_AdminCli::customerFind()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expectedCifs);
    const Run r = as(QStringLiteral("wendy"), kManagerPassword,
                     {QStringLiteral("customer"), QStringLiteral("find"), query,
                      QStringLiteral("--json"), QStringLiteral("--db"), m_fixture});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QVERIFY(document.isArray());
    QStringList cifs;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject customer = value.toObject();
        cifs << customer[QLatin1String("cif")].toString();
        const auto raw = std::find_if(m_customers.cbegin(), m_customers.cend(),
                                      [&](const Customer &c) { return c.cif == cifs.last(); });
        QVERIFY(raw != m_customers.cend());
        const QString phone = customer[QLatin1String("phone")].toString();
        const QString id = customer[QLatin1String("idNumber")].toString();
        QVERIFY2(phone.contains(QLatin1Char('*')) && phone != raw->phone, qPrintable(phone));
        QVERIFY(phone.endsWith(raw->phone.right(4)));
        QVERIFY2(id.contains(QLatin1Char('*')) && id != raw->idNumber, qPrintable(id));
        QVERIFY(!r.out.contains(raw->phone));
        QVERIFY(!r.out.contains(raw->idNumber));
    }
    cifs.sort();
    QCOMPARE(cifs, expectedCifs);

    // The table for people masks the same way.
    const Run text = as(QStringLiteral("wendy"), kManagerPassword,
                        {QStringLiteral("customer"), QStringLiteral("find"), query,
                         QStringLiteral("--db"), m_fixture});
    QCOMPARE(text.exitCode, 0);
    for (const Customer &c : std::as_const(m_customers))
        QVERIFY(!text.out.contains(c.phone) && !text.out.contains(c.idNumber));
}

void tst_AdminCli::customerShowMasks_data()
{
    QTest::addColumn<bool>("byCif");
    QTest::newRow("by id") << false;
    QTest::newRow("by CIF") << true;
}

void tst_AdminCli::customerShowMasks()
{
    QFETCH(bool, byCif);
    const Customer &c = m_customers.at(3);
    const QString id = Sql(m_fixture)
                               .value(QStringLiteral("SELECT id FROM customer WHERE cif_no = ?"),
                                      {c.cif})
                               .toString();
    const QString reference = byCif ? c.cif : id;
    const Run r = as(QStringLiteral("wendy"), kManagerPassword,
                     {QStringLiteral("customer"), QStringLiteral("show"), reference,
                      QStringLiteral("--json"), QStringLiteral("--db"), m_fixture});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject profile = r.json().object();
    QCOMPARE(profile[QLatin1String("id")].toString(), id);
    QCOMPARE(profile[QLatin1String("name")].toString(), c.name);
    for (const char *field : {"id_number", "phone", "address"}) {
        const QString shown = profile[QLatin1String(field)].toString();
        QVERIFY2(shown.contains(QLatin1Char('*')), qPrintable(shown));
    }
    QVERIFY(!r.out.contains(c.phone));
    QVERIFY(!r.out.contains(c.idNumber));
    QVERIFY(!r.out.contains(c.address));

    const Run text = as(QStringLiteral("wendy"), kManagerPassword,
                        {QStringLiteral("customer"), QStringLiteral("show"), reference,
                         QStringLiteral("--db"), m_fixture});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(c.cif));
    QVERIFY(!text.out.contains(c.phone) && !text.out.contains(c.idNumber)
            && !text.out.contains(c.address));
}

void tst_AdminCli::customerEditRefusesBadValue_data()
{
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QString>("field");
    QTest::newRow("short phone") << QStringList{"phone=12345"} << "phone";
    QTest::newRow("landline-like") << QStringList{"phone=02112345678"} << "phone";
    QString wrongCheck = ResidentIdNumber::compose(QStringLiteral("110101"), QDate(1990, 1, 1), 123);
    wrongCheck.back() = wrongCheck.back() == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    QTest::newRow("id check digit") << QStringList{QStringLiteral("id_number=") + wrongCheck}
                                    << "id_number";
    QTest::newRow("income") << QStringList{"annual_income=lots"} << "annual_income";
    QTest::newRow("marital") << QStringList{"marital_status=complicated"} << "marital_status";
    QTest::newRow("unknown field") << QStringList{"aum_fen=1"} << "aum_fen";
    QTest::newRow("one bad of two") << QStringList{"occupation=Teacher", "phone=999"} << "phone";
}

void tst_AdminCli::customerEditRefusesBadValue()
{
    QFETCH(QStringList, changes);
    QFETCH(QString, field);
    const QString path = freshCopy(QStringLiteral("badedit"));
    const Customer &c = m_customers.at(0);
    const qint64 outboxBefore = scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const QString rowBefore = Sql(path)
                                      .value(QStringLiteral("SELECT json_array(phone, id_number, "
                                                            "occupation, annual_income_fen, "
                                                            "marital_status, version) FROM "
                                                            "customer WHERE cif_no = ?"),
                                             {c.cif})
                                      .toString();
    const Run r = as(QStringLiteral("wendy"), kManagerPassword,
                     QStringList{QStringLiteral("customer"), QStringLiteral("edit"), c.cif}
                             + changes + QStringList{QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(field + QLatin1Char(':')), qPrintable(r.err));
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore);
    QCOMPARE(Sql(path)
                     .value(QStringLiteral("SELECT json_array(phone, id_number, occupation, "
                                           "annual_income_fen, marital_status, version) FROM "
                                           "customer WHERE cif_no = ?"),
                            {c.cif})
                     .toString(),
             rowBefore);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM audit_log "
                                         "WHERE action = 'customer_edit'")),
             0);
}

void tst_AdminCli::customerEditAppliesGoodValue()
{
    const QString path = freshCopy(QStringLiteral("goodedit"));
    const Customer &c = m_customers.at(1);
    const qint64 outboxBefore = scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const Run r = as(QStringLiteral("wendy"), kManagerPassword,
                     {QStringLiteral("customer"), QStringLiteral("edit"), c.cif,
                      QStringLiteral("phone=139 8765 4321"), QStringLiteral("occupation=Teacher"),
                      QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The phone is stored sealed: open it with wendy's key.
    Store store;
    QVERIFY(store.open(path));
    QVERIFY(AuthService(store).signIn(QStringLiteral("wendy"), kManagerPassword).session);
    QSqlQuery edited(store.database());
    edited.prepare(QStringLiteral("SELECT phone, occupation FROM customer WHERE cif_no = ?"));
    edited.addBindValue(c.cif);
    QVERIFY(edited.exec() && edited.next());
    QVERIFY(SensitiveColumns::isSealed(edited.value(0)));
    QCOMPARE(SensitiveColumns::open(store, edited.value(0)) + QLatin1Char('/')
                     + edited.value(1).toString(),
             QStringLiteral("13987654321/Teacher"));
    store.close();
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore + 1);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox o JOIN customer c "
                                         "ON c.id = o.row_id WHERE o.table_name = 'customer' "
                                         "AND c.cif_no = ?"),
                    {c.cif}),
             1);
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM audit_log a JOIN customer c "
                                         "ON c.id = a.entity_id WHERE a.action = "
                                         "'customer_edit' AND c.cif_no = ?"),
                    {c.cif}),
             1);
    // The audit entry names the fields, never the personal data itself.
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM audit_log "
                                         "WHERE detail_json LIKE '%13987654321%'")),
             0);
    const Run verify = run({QStringLiteral("audit"), QStringLiteral("verify"),
                            QStringLiteral("--db"), path});
    QCOMPARE(verify.exitCode, 0);
}

void tst_AdminCli::tellerMayNotEdit()
{
    const QString path = freshCopy(QStringLiteral("teller"));
    const Customer &c = m_customers.at(2);
    const qint64 outboxBefore = scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const Run r = as(QStringLiteral("tina"), kTellerPassword,
                     {QStringLiteral("customer"), QStringLiteral("edit"), c.cif,
                      QStringLiteral("occupation=Pilot"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("TINA")) && r.err.contains(QLatin1String("may not")),
             qPrintable(r.err));
    QCOMPARE(Sql(path)
                     .value(QStringLiteral("SELECT occupation FROM customer WHERE cif_no = ?"),
                            {c.cif})
                     .toString(),
             QString());
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM sync_outbox")), outboxBefore);
    // The refusal itself is audited.
    QCOMPARE(scalar(path, QStringLiteral("SELECT count(*) FROM audit_log "
                                         "WHERE action = 'permission_refused'")),
             1);
}

void tst_AdminCli::signInFailures_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password"); // "-" = not given at all
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong password") << "wendy" << "not-her-password" << "incorrect";
    QTest::newRow("unknown user") << "nobody" << "whatever-123" << "incorrect";
    QTest::newRow("no password, no terminal") << "wendy" << "-" << "BRANCHDESK_PASSWORD";
}

void tst_AdminCli::signInFailures()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, message);
    const QString path = freshCopy(QStringLiteral("signin"));
    const QStringList arguments{QStringLiteral("customer"), QStringLiteral("find"),
                                QStringLiteral("张"), QStringLiteral("--db"), path,
                                QStringLiteral("--user"), user};
    const Run r = password == QLatin1String("-")
            ? run(arguments)
            : run(arguments, {{QStringLiteral("BRANCHDESK_PASSWORD"), password}});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

// --- users ------------------------------------------------------------------------------

void tst_AdminCli::userCommands()
{
    const QString path = m_dir.filePath(QStringLiteral("users.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QMap<QString, QString> newPassword{
            {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("first-admin-pw")}};
    const QStringList addAnna{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                              path, QStringLiteral("--username"), QStringLiteral("anna"),
                              QStringLiteral("--name"), QStringLiteral("Anna Admin")};

    // Bootstrap: the first user needs no sign-in but must be an administrator.
    r = run(addAnna + QStringList{QStringLiteral("--role"), QStringLiteral("teller")}, newPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("administrator")), qPrintable(r.err));
    r = run(addAnna + QStringList{QStringLiteral("--role"), QStringLiteral("admin")}, newPassword);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // From now on adding needs a signed-in administrator.
    const QStringList addTom{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"),
                             path, QStringLiteral("--username"), QStringLiteral("tom"),
                             QStringLiteral("--name"), QStringLiteral("Tom Teller"),
                             QStringLiteral("--role"), QStringLiteral("teller")};
    r = run(addTom, {{QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("tom-password")}});
    QCOMPARE(r.exitCode, 2);
    r = run(addTom + QStringList{QStringLiteral("--user"), QStringLiteral("anna")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("first-admin-pw")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("tom-password")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A taken name is refused.
    r = run(addTom + QStringList{QStringLiteral("--user"), QStringLiteral("anna")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("first-admin-pw")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("tom-password")}});
    QCOMPARE(r.exitCode, 1);

    r = as(QStringLiteral("anna"), QStringLiteral("first-admin-pw"),
           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json"),
            QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QMap<QString, QString> roles;
    for (const QJsonValue &user : r.json().array())
        roles.insert(user[QLatin1String("username")].toString(),
                     user[QLatin1String("role")].toString());
    QCOMPARE(roles, (QMap<QString, QString>{{QStringLiteral("anna"), QStringLiteral("admin")},
                                            {QStringLiteral("tom"), QStringLiteral("teller")}}));
    QVERIFY(!r.out.contains(QLatin1String("argon2")));
    // The table for people names the role in words (issue #15 item 18: it printed
    // branch_head); the JSON above keeps the code for scripts.
    r = as(QStringLiteral("anna"), QStringLiteral("first-admin-pw"),
           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QLatin1String("Teller")) && r.out.contains(QLatin1String("Administrator")),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(QRegularExpression(QStringLiteral("\\b(teller|admin)\\b"))),
             qPrintable(r.out));

    // A teller may not list users.
    r = as(QStringLiteral("tom"), QStringLiteral("tom-password"),
           {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("may not")), qPrintable(r.err));

    // passwd of another person: a request (four eyes, issue 14); the old password still
    // works until a second administrator approves it and sets the new one.
    r = run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--username"),
             QStringLiteral("tom")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("first-admin-pw")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("tom-new-password")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QRegularExpressionMatch filed
            = QRegularExpression(QStringLiteral("Request ([0-9a-f-]{36})")).match(r.out);
    QVERIFY2(filed.hasMatch(), qPrintable(r.out));
    const QStringList find{QStringLiteral("customer"), QStringLiteral("find"),
                           QStringLiteral("nobody"), QStringLiteral("--db"), path};
    QVERIFY2(as(QStringLiteral("tom"), QStringLiteral("tom-password"), find).exitCode == 0,
             "the password changed without a second person");
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--username"),
             QStringLiteral("bert"), QStringLiteral("--name"), QStringLiteral("Bert Admin"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("first-admin-pw")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("bert-set-by-anna")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("bert"), QStringLiteral("--username"),
             QStringLiteral("bert")},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("bert-set-by-anna")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("bert-own-password")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("approve"), QStringLiteral("--db"), path,
             QStringLiteral("--user"), QStringLiteral("bert"), filed.captured(1)},
            {{QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("bert-own-password")},
             {QStringLiteral("BRANCHDESK_NEW_PASSWORD"), QStringLiteral("tom-new-password")}});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(as(QStringLiteral("tom"), QStringLiteral("tom-password"), find).exitCode, 1);
    r = as(QStringLiteral("tom"), QStringLiteral("tom-new-password"), find);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// --- stats and audit --------------------------------------------------------------------

void tst_AdminCli::stats()
{
    const Run r = run({QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--db"),
                       m_fixture});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    QCOMPARE(stats[QLatin1String("customers")].toInteger(), qint64(m_customers.size()));
    QCOMPARE(stats[QLatin1String("schemaVersion")].toInt(), Store::latestSchemaVersion());
    QCOMPARE(stats[QLatin1String("branches")].toInteger(), 1);
    // boss, ada (the second administrator who approves the wealth manager), tina, wendy.
    QCOMPARE(stats[QLatin1String("staff")].toInteger(), 4);
    const QJsonObject byRole = stats[QLatin1String("staffByRole")].toObject();
    QCOMPARE(byRole[QLatin1String("admin")].toInteger(), 2);
    QCOMPARE(byRole[QLatin1String("teller")].toInteger(), 1);
    QCOMPARE(byRole[QLatin1String("wealth_manager")].toInteger(), 1);
    QCOMPARE(byRole[QLatin1String("branch_head")].toInteger(), 0);
    const QJsonObject byTier = stats[QLatin1String("customersByTier")].toObject();
    QCOMPARE(byTier[QLatin1String("gold")].toInteger(), 2);
    QCOMPARE(byTier[QLatin1String("diamond")].toInteger(), 1);
    qint64 tierSum = 0;
    for (const QJsonValue &count : byTier)
        tierSum += count.toInteger();
    QCOMPARE(tierSum, qint64(m_customers.size()));
    QCOMPARE(stats[QLatin1String("pendingSyncChanges")].toInteger(),
             scalar(m_fixture, QStringLiteral("SELECT count(*) FROM sync_outbox "
                                              "WHERE pushed_at IS NULL")));
    QCOMPARE(stats[QLatin1String("auditEntries")].toInteger(),
             scalar(m_fixture, QStringLiteral("SELECT count(*) FROM audit_log")));
    QVERIFY(stats[QLatin1String("fileSizeBytes")].toInteger() > 0);
    for (const char *key : {"holdings", "transactions", "events", "interactions",
                            "lobbyVisitsToday", "openReferrals", "openCallTasks", "careTasksDue"})
        QVERIFY2(stats.contains(QLatin1String(key)), key);

    const Run text = run({QStringLiteral("stats"), QStringLiteral("--db"), m_fixture});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QLatin1String("Customers")));
}

void tst_AdminCli::auditVerify()
{
    const QString path = freshCopy(QStringLiteral("audit"));
    Run r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const qint64 entries = scalar(path, QStringLiteral("SELECT count(*) FROM audit_log"));
    QVERIFY(entries >= 3);
    QVERIFY2(r.out.contains(QString::number(entries)), qPrintable(r.out));

    // Tamper: the table is append-only by trigger, so a forger drops the triggers first.
    {
        Sql sql(path);
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(sql.exec(QStringLiteral("UPDATE audit_log SET actor_name = 'someone else' "
                                        "WHERE seq = 2")));
        sql.close();
    }
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("entry 2")), qPrintable(r.err));

    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
             QStringLiteral("--db"), path});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject result = r.json().object();
    QCOMPARE(result[QLatin1String("intact")].toBool(), false);
    QCOMPARE(result[QLatin1String("firstBadSeq")].toInteger(), 2);

    // A deleted entry is found too.
    const QString deleted = freshCopy(QStringLiteral("audit-delete"));
    {
        Sql sql(deleted);
        QVERIFY(sql.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        sql.close();
    }
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), deleted});
    QCOMPARE(r.exitCode, 1);
}

QTEST_GUILESS_MAIN(tst_AdminCli)
#include "tst_admin_cli.moc"
