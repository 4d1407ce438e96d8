// branchdesk-admin's privacy commands as a real process: imports (report, all-or-nothing,
// --accept-valid, GBK refused), reveal, consent, export-data and erase, and each role held
// to the permission matrix through the CLI (table-driven).
#include "../common/ProgramRun.h"
#include "../common/TestSql.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("privacy-password-1");

using Run = test::ProgramRun;

QString idNumber(int sequence)
{
    return ResidentIdNumber::compose(QStringLiteral("310101"), QDate(1960 + sequence, 5, 6),
                                     10 + sequence);
}
} // namespace

class tst_AdminPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importReportsEveryBadRowAndChangesNothing();
    void importAcceptValid();
    void importRefusesGbk();
    void importHoldings();
    void permissionsThroughTheCli_data();
    void permissionsThroughTheCli();
    void revealConsentExportErase();
    void moveToAnotherBranch();

private:
    Run run(const QStringList &arguments, const QString &user = {});
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return test::writeFileIn(m_dir, name, bytes);
    }
    qint64 scalar(const QString &sql) { return test::numberInFile(m_db, sql); }

    QTemporaryDir m_dir;
    QString m_db;
};

Run tst_AdminPrivacy::run(const QStringList &arguments, const QString &user)
{
    QProcessEnvironment env = test::homeEnvironment(m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("BRANCHDESK_PASSWORD"), kPassword);
    env.insert(QStringLiteral("BRANCHDESK_NEW_PASSWORD"), kPassword);
    QStringList all = arguments;
    all << QStringLiteral("--db") << m_db;
    if (!user.isEmpty())
        all << QStringLiteral("--user") << user;
    return test::runProgram(QStringLiteral(BRANCHDESK_ADMIN_BINARY), all, env);
}

void tst_AdminPrivacy::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(BRANCHDESK_ADMIN_BINARY)));
    m_db = m_dir.filePath(QStringLiteral("privacy.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--branch"), QStringLiteral("310101"),
                 QStringLiteral("--admin-user"), QStringLiteral("boss")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // A second administrator, with a password of their own, approves the roles that may
    // reach personal data (four eyes, issue 14).
    r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
             QStringLiteral("ada"), QStringLiteral("--name"), QStringLiteral("ADA"),
             QStringLiteral("--role"), QStringLiteral("admin")},
            QStringLiteral("boss"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--username"),
             QStringLiteral("ada")},
            QStringLiteral("ada"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QList<QStringList> staff{{QStringLiteral("hana"), QStringLiteral("branch_head")},
                                   {QStringLiteral("wendy"), QStringLiteral("wealth_manager")},
                                   {QStringLiteral("tina"), QStringLiteral("teller")},
                                   {QStringLiteral("leo"), QStringLiteral("lobby_manager")}};
    static const QRegularExpression requestId(QStringLiteral("Request ([0-9a-f-]{36})"));
    for (const QStringList &user : staff) {
        r = run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                 user[0], QStringLiteral("--name"), user[0].toUpper(), QStringLiteral("--role"),
                 user[1]},
                QStringLiteral("boss"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QRegularExpressionMatch filed = requestId.match(r.out);
        if (filed.hasMatch()) {
            r = run({QStringLiteral("user"), QStringLiteral("approve"), filed.captured(1)},
                    QStringLiteral("ada"));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }
}

void tst_AdminPrivacy::importReportsEveryBadRowAndChangesNothing()
{
    const QString file = writeFile(
            QStringLiteral("mixed.csv"),
            QStringLiteral("cif_no,name,id_number,mobile,address,aum,opened_on\n"
                           "C70000001,孙悟空,%1,13811110001,上海市黄浦区九江路1号,1000.00,2020-01-01\n"
                           "C70000002,猪八戒,%2,13811110002,,2000,2020-01-01\n"
                           "C70000003,沙和尚,%3,13811110003,,abc,2020-01-01\n"
                           "C70000001,唐僧,%4,13811110004,,1,2020-01-01\n")
                    .arg(idNumber(1), idNumber(2), idNumber(3), idNumber(4))
                    .toUtf8());
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM customer"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("customers"), file},
                      QStringLiteral("boss"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("line 4: ")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("abc")));
    QVERIFY(r.err.contains(QStringLiteral("line 5: ")));
    QVERIFY(r.err.contains(QStringLiteral("--accept-valid")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer")), before);
}

void tst_AdminPrivacy::importAcceptValid()
{
    const QString file = m_dir.filePath(QStringLiteral("mixed.csv"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("customers"), file,
                       QStringLiteral("--accept-valid"), QStringLiteral("--json")},
                      QStringLiteral("boss"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("applied")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("rejected")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("rejected")).toArray().first().toObject()
                     .value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer WHERE cif_no IN "
                                   "('C70000001', 'C70000002')")), 2);
}

void tst_AdminPrivacy::importRefusesGbk()
{
    // "cif_no,name,...\nC70000009,张三,..." with the name in GBK.
    QByteArray gbk = "cif_no,name,id_number,opened_on\nC70000009,\xD5\xC5\xC8\xFD,";
    gbk += idNumber(9).toLatin1() + ",2020-01-01\n";
    const QString file = writeFile(QStringLiteral("gbk.csv"), gbk);
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM customer"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("customers"), file,
                       QStringLiteral("--accept-valid")},
                      QStringLiteral("boss"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("GBK")), qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer")), before);
}

void tst_AdminPrivacy::importHoldings()
{
    const QString file = writeFile(
            QStringLiteral("holdings.csv"),
            "cif_no,product_family,product_code,product_name,amount,opened_on,maturity_date\n"
            "C70000001,deposit,TD1Y,one-year deposit,50000.00,2025-12-01,2026-12-01\n");
    const Run r = run({QStringLiteral("import"), QStringLiteral("holdings"), file},
                      QStringLiteral("hana"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT amount_fen FROM holding WHERE product_code = 'TD1Y'")),
             5000000);
}

void tst_AdminPrivacy::permissionsThroughTheCli_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("allowed");
    const QString file = m_dir.filePath(QStringLiteral("holdings.csv"));
    const QString cif = QStringLiteral("C70000002");
    const QStringList importIt{QStringLiteral("import"), QStringLiteral("holdings"), file,
                               QStringLiteral("--accept-valid")};
    const QStringList reveal{QStringLiteral("customer"), QStringLiteral("reveal"), cif,
                             QStringLiteral("phone"), QStringLiteral("--reason"),
                             QStringLiteral("call back about maturity")};
    const QStringList consent{QStringLiteral("customer"), QStringLiteral("consent"), cif,
                              QStringLiteral("marketing_sms"), QStringLiteral("withdraw")};
    const QStringList exportIt{QStringLiteral("customer"), QStringLiteral("export-data"), cif};
    const QStringList erase{QStringLiteral("customer"), QStringLiteral("erase"), cif,
                            QStringLiteral("--request"), QStringLiteral("REQ-1"),
                            QStringLiteral("--yes")};
    const QStringList move{QStringLiteral("customer"), QStringLiteral("move"), cif,
                           QStringLiteral("--to"), QStringLiteral("310115"),
                           QStringLiteral("--reason"), QStringLiteral("moved house")};
    const struct { const char *user; QStringList arguments; bool allowed; } rows[] = {
            {"tina", move, false},     {"wendy", move, false},     {"leo", move, false},
            {"boss", move, false},
            {"tina", importIt, false}, {"wendy", importIt, false}, {"leo", importIt, false},
            {"boss", importIt, true},
            {"tina", reveal, false},   {"leo", reveal, false},     {"boss", reveal, false},
            {"wendy", reveal, true},
            {"tina", consent, false},  {"boss", consent, false},   {"wendy", consent, true},
            {"wendy", exportIt, false}, {"boss", exportIt, false}, {"tina", exportIt, false},
            {"hana", exportIt, true},
            {"wendy", erase, false},   {"boss", erase, false},     {"tina", erase, false},
            // Allowed erasure is the last row: it changes the customer for good.
            {"hana", erase, true},
    };
    for (const auto &row : rows) {
        QTest::addRow("%s %s", row.user, qPrintable(row.arguments.mid(0, 2).join(u' ')))
                << QString::fromLatin1(row.user) << row.arguments << row.allowed;
    }
}

void tst_AdminPrivacy::permissionsThroughTheCli()
{
    QFETCH(QString, user);
    QFETCH(QStringList, arguments);
    QFETCH(bool, allowed);
    const qint64 refusals = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action "
                                                  "= 'permission_refused'"));
    const Run r = run(arguments, user);
    if (allowed) {
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    } else {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("may not")), qPrintable(r.err));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                       "'permission_refused'")), refusals + 1);
    }
}

void tst_AdminPrivacy::revealConsentExportErase()
{
    const QString cif = QStringLiteral("C70000001");
    Run r = run({QStringLiteral("customer"), QStringLiteral("reveal"), cif,
                 QStringLiteral("id_number"), QStringLiteral("--reason"), QStringLiteral("x")},
                QStringLiteral("wendy"));
    QCOMPARE(r.exitCode, 1); // a reason of one letter is no reason
    r = run({QStringLiteral("customer"), QStringLiteral("reveal"), cif,
             QStringLiteral("id_number"), QStringLiteral("--reason"),
             QStringLiteral("identity check at the counter")},
            QStringLiteral("wendy"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), idNumber(1));

    r = run({QStringLiteral("customer"), QStringLiteral("consent"), cif,
             QStringLiteral("marketing_phone"), QStringLiteral("grant"),
             QStringLiteral("--channel"), QStringLiteral("paper_form"),
             QStringLiteral("--evidence"), QStringLiteral("F-88")},
            QStringLiteral("wendy"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT marketing_consent FROM customer WHERE cif_no = "
                                   "'C70000001'")), 1);
    r = run({QStringLiteral("customer"), QStringLiteral("consent"), cif, QStringLiteral("--json")},
            QStringLiteral("wendy"));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);

    const QString exported = m_dir.filePath(QStringLiteral("export.json"));
    r = run({QStringLiteral("customer"), QStringLiteral("export-data"), cif,
             QStringLiteral("--output"), exported},
            QStringLiteral("hana"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(data.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name"))
                     .toString(), QStringLiteral("孙悟空"));
    QCOMPARE(data.value(QStringLiteral("tables")).toObject().value(QStringLiteral("holding"))
                     .toArray().size(), 1);

    r = run({QStringLiteral("customer"), QStringLiteral("erase"), cif, QStringLiteral("--request"),
             QStringLiteral("REQ-2")},
            QStringLiteral("hana"));
    QCOMPARE(r.exitCode, 2); // --yes is required
    r = run({QStringLiteral("customer"), QStringLiteral("erase"), cif, QStringLiteral("--request"),
             QStringLiteral("REQ-2"), QStringLiteral("--yes")},
            QStringLiteral("hana"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer WHERE name = '孙悟空'")), 0);
    r = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
}

void tst_AdminPrivacy::moveToAnotherBranch()
{
    const QString cif = QStringLiteral("C70000008"); // the imported ones are erased by now
    {
        Store store;
        QVERIFY(store.open(m_db));
        QSqlQuery insert(store.database());
        QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO customer(id, branch_id, cif_no, name, opened_on, created_at, "
                "updated_at) SELECT '01907c2a-4444-7000-8000-000000000008', id, '%1', '唐僧', "
                "'2020-01-01', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM branch "
                "WHERE code = '310101'").arg(cif)));
        QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO branch(id, code, name, created_at, updated_at) VALUES "
                "('01907c2a-0000-7000-8000-0000000000b2', '310115', 'Pudong', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
        insert.finish();
        store.close();
    }
    // By id: the row above bypassed the search index that finds a CIF number.
    const QStringList move{QStringLiteral("customer"), QStringLiteral("move"),
                           QStringLiteral("01907c2a-4444-7000-8000-000000000008"),
                           QStringLiteral("--to"), QStringLiteral("310115")};
    Run r = run(move, QStringLiteral("hana"));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("--reason")), qPrintable(r.err));
    r = run(move + QStringList{QStringLiteral("--reason"), QStringLiteral("moved house")},
            QStringLiteral("hana"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("310115")), qPrintable(r.out));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer c JOIN branch b ON "
                                   "b.id = c.branch_id WHERE c.cif_no = 'C70000008' AND "
                                   "b.code = '310115' AND c.manager_id IS NULL")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'customer_transfer'")), 1);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE to_branch IS NOT "
                                  "NULL")) >= 1);
}

QTEST_GUILESS_MAIN(tst_AdminPrivacy)
#include "tst_admin_privacy.moc"
