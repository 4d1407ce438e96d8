// Finding, showing and editing customers as a signed-in user: masking, validation,
// permission checks, and that every accepted edit is captured for sync and audit.
#include "../common/SmallBranchFixture.h"
#include "database/core/SensitiveColumns.h"

#include "app/services/customers/CustomerService.h"
#include "app/services/staff/AuthService.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_CustomerService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findMasksPersonalData_data();
    void findMasksPersonalData();
    void profileMasksPersonalData();
    void validEditIsRecordedForSyncAndAudit();
    void badFieldChangesNothing_data();
    void badFieldChangesNothing();
    void newIdNumberCarriesBirthDateAndGender();
    void roleWithoutPermissionIsRefused();

private:
    Session signIn(const QString &username);
    int count(const QString &table);
    QString column(const QString &name);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
};

void tst_CustomerService::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("customers.db"))));
    m_branch = test::makeSmallBranch(m_store);
}

Session tst_CustomerService::signIn(const QString &username)
{
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

int tst_CustomerService::count(const QString &table)
{
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT count(*) FROM ") + table);
    return query.next() ? query.value(0).toInt() : -1;
}

QString tst_CustomerService::column(const QString &name)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(name));
    query.addBindValue(m_branch.customerId);
    query.exec();
    // Personal-data columns are stored sealed: compare what they hold.
    return query.next() ? SensitiveColumns::openColumn(m_store, QStringLiteral("customer"), name,
                                                       query.value(0)).toString()
                        : QString();
}

void tst_CustomerService::findMasksPersonalData_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedName");
    QTest::newRow("full name") << "张三" << "张三";
    QTest::newRow("part of a compound surname name") << "明华" << "欧阳明华";
    QTest::newRow("mobile, full") << "13800138000" << "张三";
    QTest::newRow("mobile, last 4") << "5678" << "欧阳明华";
    QTest::newRow("ID number, last 6") << "31002x" << "欧阳明华";
    QTest::newRow("ID number, full") << "110101198001010010" << "张三";
    QTest::newRow("CIF") << "C31010000002" << "欧阳明华";
}

void tst_CustomerService::findMasksPersonalData()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedName);
    const Session session = signIn(QStringLiteral("teller"));
    CustomerService service(m_store, session);
    const QList<CustomerSummary> found = *service.find(query);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, expectedName);
    QVERIFY(found.first().phone.contains(QStringLiteral("****")));
    QVERIFY(found.first().idNumber.contains(QStringLiteral("********")));
    QCOMPARE(found.first().managerName, QStringLiteral("李理财"));
}

void tst_CustomerService::profileMasksPersonalData()
{
    const Session session = signIn(QStringLiteral("wealth"));
    CustomerService service(m_store, session);
    const auto profile = service.profile(m_branch.customerId);
    QVERIFY(profile);
    QCOMPARE(profile->value(QStringLiteral("id_number")).toString(),
             QStringLiteral("110101********0010"));
    QCOMPARE(profile->value(QStringLiteral("phone")).toString(), QStringLiteral("138****8000"));
    QCOMPARE(profile->value(QStringLiteral("address")).toString(), QStringLiteral("上海市黄浦区****"));
    const auto missing = service.profile(QStringLiteral("no-such-id"));
    QVERIFY(!missing);
    QVERIFY(missing.errorString().contains(QStringLiteral("no-such-id")));
}

void tst_CustomerService::validEditIsRecordedForSyncAndAudit()
{
    const Session session = signIn(QStringLiteral("wealth"));
    CustomerService service(m_store, session);
    const int outboxBefore = count(QStringLiteral("sync_outbox"));
    const int auditBefore = count(QStringLiteral("audit_log"));
    const int versionBefore = column(QStringLiteral("version")).toInt();

    const auto result = service.edit(m_branch.customerId,
                                     {{QStringLiteral("phone"), QStringLiteral("139 1234 5678")},
                                      {QStringLiteral("annual_income"), QStringLiteral("36万")}});
    QVERIFY2(result.ok, qPrintable(result.refusal));
    QCOMPARE(column(QStringLiteral("phone")), QStringLiteral("13912345678"));
    QCOMPARE(column(QStringLiteral("annual_income_fen")), QStringLiteral("36000000"));
    QCOMPARE(column(QStringLiteral("version")).toInt(), versionBefore + 1);
    QCOMPARE(count(QStringLiteral("sync_outbox")), outboxBefore + 1);
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore + 1);

    QSqlQuery change(m_store.database());
    change.exec(QStringLiteral("SELECT table_name, row_id, fields_json, base_version, hlc "
                               "FROM sync_outbox ORDER BY seq DESC LIMIT 1"));
    QVERIFY(change.next());
    QCOMPARE(change.value(0).toString(), QStringLiteral("customer"));
    QCOMPARE(change.value(1).toString(), m_branch.customerId);
    const QJsonObject fields = QJsonDocument::fromJson(change.value(2).toByteArray()).object();
    // The outbox keeps personal data sealed, like the table.
    QVERIFY(SensitiveColumns::isSealed(fields.value(QStringLiteral("phone")).toString()));
    QCOMPARE(SensitiveColumns::open(m_store, fields.value(QStringLiteral("phone")).toString()),
             QStringLiteral("13912345678"));
    QCOMPARE(change.value(3).toInt(), versionBefore);
    QVERIFY(change.value(4).toString().endsWith(m_store.nodeId()));

    // The audit entry names the fields but never the personal values.
    QSqlQuery audit(m_store.database());
    audit.exec(QStringLiteral("SELECT action, detail_json FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("customer_edit"));
    QVERIFY(audit.value(1).toString().contains(QStringLiteral("phone")));
    QVERIFY(!audit.value(1).toString().contains(QStringLiteral("13912345678")));
}

void tst_CustomerService::badFieldChangesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("phone") << "phone" << "1234" << "11 digits";
    QTest::newRow("ID check digit") << "id_number" << "110101198001010011" << "check digit";
    QTest::newRow("amount") << "annual_income" << "lots" << "amount";
    QTest::newRow("unknown field") << "aum_fen" << "999999999" << "cannot be edited";
}

void tst_CustomerService::badFieldChangesNothing()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, reasonPart);
    const Session session = signIn(QStringLiteral("wealth"));
    CustomerService service(m_store, session);
    const QString nameBefore = column(QStringLiteral("name"));
    const int outboxBefore = count(QStringLiteral("sync_outbox"));
    const int versionBefore = column(QStringLiteral("version")).toInt();

    // A good field next to a bad one: neither is applied.
    const auto result = service.edit(m_branch.customerId,
                                     {{QStringLiteral("name"), QStringLiteral("张叁")}, {field, typed}});
    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().field, field);
    QVERIFY2(result.problems.first().problem.contains(reasonPart),
             qPrintable(result.problems.first().problem));
    QCOMPARE(column(QStringLiteral("name")), nameBefore);
    QCOMPARE(column(QStringLiteral("version")).toInt(), versionBefore);
    QCOMPARE(count(QStringLiteral("sync_outbox")), outboxBefore);
}

void tst_CustomerService::newIdNumberCarriesBirthDateAndGender()
{
    const Session session = signIn(QStringLiteral("wealth"));
    CustomerService service(m_store, session);
    const auto result = service.edit(m_branch.customerId,
                                     {{QStringLiteral("id_number"), QStringLiteral("11010519491231002x")}});
    QVERIFY2(result.ok, qPrintable(result.refusal));
    QCOMPARE(column(QStringLiteral("id_number")), QStringLiteral("11010519491231002X"));
    QCOMPARE(column(QStringLiteral("birth_date")), QStringLiteral("1949-12-31"));
    QCOMPARE(column(QStringLiteral("gender")), QStringLiteral("F"));
}

void tst_CustomerService::roleWithoutPermissionIsRefused()
{
    const Session session = signIn(QStringLiteral("teller"));
    CustomerService service(m_store, session);
    const int auditBefore = count(QStringLiteral("audit_log"));
    const QString phoneBefore = column(QStringLiteral("phone"));
    const auto result = service.edit(m_branch.customerId,
                                     {{QStringLiteral("phone"), QStringLiteral("13700000000")}});
    QVERIFY(!result.ok);
    QVERIFY2(result.refusal.contains(QStringLiteral("may not")), qPrintable(result.refusal));
    QCOMPARE(column(QStringLiteral("phone")), phoneBefore);
    // The refusal itself is audited.
    QCOMPARE(count(QStringLiteral("audit_log")), auditBefore + 1);
    QSqlQuery audit(m_store.database());
    audit.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("permission_refused"));
}

QTEST_GUILESS_MAIN(tst_CustomerService)
#include "tst_customer_service.moc"
