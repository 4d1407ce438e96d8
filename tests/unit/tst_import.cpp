// Imports from core banking: every bad row reported with its line and reason; by default
// a file with any bad row changes nothing; --accept-valid applies the good rows; files
// that are not UTF-8 CSV change nothing.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/domain/ResidentIdNumber.h"
#include "app/services/dataimport/CustomerImport.h"
#include "app/services/dataimport/HoldingImport.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
QString id(int sequence)
{
    return ResidentIdNumber::compose(QStringLiteral("310104"), QDate(1970 + sequence, 3, 4),
                                     100 + sequence);
}

QString badCheckDigit(const QString &valid)
{
    QString wrong = valid;
    wrong[17] = valid.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return wrong;
}
} // namespace

class tst_Import : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void mixedFileIsReportedRowByRowAndChangesNothing();
    void acceptValidAppliesTheGoodRows();
    void importedCustomersAreSearchableAndSynced();
    void unreadableFilesChangeNothing_data();
    void unreadableFilesChangeNothing();
    void headerProblemsRefuseTheFile();
    void holdingsAreValidatedAndApplied();
    void importNeedsPermission();

private:
    QByteArray mixedCustomers() const;
    Session signIn(const QString &username);
    int count(const QString &sql);
    QString openedColumn(const QString &column, const QString &cifNo);
    QString reasonFor(const ImportReport &report, int line);

    QTemporaryDir *m_dir = nullptr;
    Store *m_store = nullptr;
    test::SmallBranch m_branch;
};

void tst_Import::init()
{
    m_dir = new QTemporaryDir;
    m_store = new Store;
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("import.db"))));
    m_branch = test::makeSmallBranch(*m_store);
}

void tst_Import::cleanup()
{
    delete m_store;
    delete m_dir;
}

Session tst_Import::signIn(const QString &username)
{
    return test::signInOrStop(*m_store, username);
}

int tst_Import::count(const QString &sql)
{
    return test::count(*m_store, sql);
}

// A personal column as staff see it: stored sealed, opened with the file's key.
QString tst_Import::openedColumn(const QString &column, const QString &cifNo)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE cif_no = ?").arg(column));
    query.addBindValue(cifNo);
    return query.exec() && query.next() ? SensitiveColumns::open(*m_store, query.value(0))
                                        : QString();
}

QString tst_Import::reasonFor(const ImportReport &report, int line)
{
    for (const ImportRejection &rejection : report.rejected) {
        if (rejection.line == line)
            return rejection.reason;
    }
    return {};
}

QByteArray tst_Import::mixedCustomers() const
{
    // Line numbers of the file in the comments; line 4 spans two lines (quoted break).
    const QString csv = QStringLiteral(
            "cif_no,name,id_number,mobile,address,aum,tier,opened_on,manager\n"     // 1
            "C900001,林小红,%1,13912340001,上海市徐汇区漕溪北路1号,120000.50,silver,2020-05-06,wealth\n" // 2
            "C900002,周大伟,%2,139 1234 0002,,3000,,2019-01-02,\n"                    // 3
            "C900003,\"吴,敏\",%3,,\"上海市\n静安区\",0.5,gold,2018-07-08,\n"           // 4-5
            "C900004,郑一,%4,13912340004,,100,ordinary,2021-01-01,\n"                 // 6 bad ID
            "C900005,王二,%5,1234567,,100,ordinary,2021-01-01,\n"                     // 7 bad mobile
            "C900006,冯三,%6,,,12.345,ordinary,2021-01-01,\n"                         // 8 3 decimals
            "C900007,陈四,%7,,,100,emperor,2021-01-01,\n"                             // 9 bad tier
            "C900008,褚五,%8,,,100,ordinary,2021-02-30,\n"                            // 10 bad date
            "C900001,卫六,%9,,,100,ordinary,2021-01-01,\n"                            // 11 dup CIF
            "C900010,蒋七,%1,,,100,ordinary,2021-01-01,\n"                            // 12 dup ID
            "C31010000001,沈八,%10,,,100,ordinary,2021-01-01,\n"                      // 13 CIF in store
            "C900012,韩九,110101198001010010,,,100,ordinary,2021-01-01,\n"            // 14 ID in store
            "C900013,杨十,%11,,,100,ordinary,2021-01-01,nobody\n"                     // 15 manager
            "C900014,朱十一,%12,,,100\n")                                             // 16 fields
            .arg(id(1), id(2), id(3), badCheckDigit(id(4)), id(5), id(6), id(7), id(8), id(9))
            .arg(id(10), id(11), id(12));
    return csv.toUtf8();
}

void tst_Import::mixedFileIsReportedRowByRowAndChangesNothing()
{
    const Session head = signIn(QStringLiteral("head"));
    const int customers = count(QStringLiteral("SELECT count(*) FROM customer"));
    const int outbox = ChangeRecorder::pendingCount(*m_store);
    const ImportReport report = CustomerImport(*m_store, head).run(
            mixedCustomers(), CoreBankingImport::Mode::AllOrNothing);
    QVERIFY(report.fileError.isEmpty());
    QVERIFY(!report.ok);
    QCOMPARE(report.rows, 14);
    QCOMPARE(report.valid, 3);
    QCOMPARE(report.applied, 0);
    const QList<int> badLines{6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    QCOMPARE(report.rejected.size(), badLines.size());
    for (int line : badLines)
        QVERIFY2(!reasonFor(report, line).isEmpty(), qPrintable(QString::number(line)));
    QVERIFY(reasonFor(report, 6).contains(QStringLiteral("id_number")));
    QVERIFY(reasonFor(report, 7).contains(QStringLiteral("mobile")));
    QVERIFY(reasonFor(report, 8).contains(QStringLiteral("12.345")));
    QVERIFY(reasonFor(report, 9).contains(QStringLiteral("emperor")));
    QVERIFY(reasonFor(report, 10).contains(QStringLiteral("2021-02-30")));
    QVERIFY(reasonFor(report, 11).contains(QStringLiteral("line 2")));
    QVERIFY(reasonFor(report, 12).contains(QStringLiteral("line 2")));
    QVERIFY(reasonFor(report, 13).contains(QStringLiteral("already in the database")));
    QVERIFY(reasonFor(report, 14).contains(QStringLiteral("already in the database")));
    QVERIFY(reasonFor(report, 15).contains(QStringLiteral("nobody")));
    QVERIFY(reasonFor(report, 16).contains(QStringLiteral("header")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer")), customers);
    QCOMPARE(ChangeRecorder::pendingCount(*m_store), outbox);
}

void tst_Import::acceptValidAppliesTheGoodRows()
{
    const Session head = signIn(QStringLiteral("head"));
    const int customers = count(QStringLiteral("SELECT count(*) FROM customer"));
    const ImportReport report = CustomerImport(*m_store, head).run(
            mixedCustomers(), CoreBankingImport::Mode::AcceptValid);
    QVERIFY(report.ok);
    QCOMPARE(report.applied, 3);
    QCOMPARE(report.rejected.size(), 11);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer")), customers + 3);
    QCOMPARE(count(QStringLiteral("SELECT aum_fen FROM customer WHERE cif_no = 'C900001'")),
             12000050);
    QCOMPARE(count(QStringLiteral("SELECT aum_fen FROM customer WHERE cif_no = 'C900003'")), 50);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE cif_no = 'C900002' AND "
                                  "tier = 'ordinary'")), 1);
    QCOMPARE(openedColumn(QStringLiteral("phone"), QStringLiteral("C900002")),
             QStringLiteral("13912340002")); // stored sealed, opened with the file's key
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer WHERE cif_no = 'C900003' AND "
                                  "name = '吴,敏'")), 1);
    QCOMPARE(openedColumn(QStringLiteral("address"), QStringLiteral("C900003")),
             QStringLiteral("上海市\n静安区"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer c JOIN staff_user s ON "
                                  "s.id = c.manager_id WHERE c.cif_no = 'C900001' AND "
                                  "s.username = 'wealth'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                  "'import_customers' AND detail_json LIKE '%\"applied\":3%'")), 1);
    // The same file again: every row is now a duplicate of the store.
    const ImportReport again = CustomerImport(*m_store, head).run(
            mixedCustomers(), CoreBankingImport::Mode::AcceptValid);
    QCOMPARE(again.applied, 0);
    QVERIFY(reasonFor(again, 2).contains(QStringLiteral("already in the database")));
}

void tst_Import::importedCustomersAreSearchableAndSynced()
{
    const Session head = signIn(QStringLiteral("head"));
    // Excel's "CSV UTF-8" starts with a byte-order mark and ends lines with CRLF.
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF")
            + QStringLiteral("cif_no,name,id_number,mobile,opened_on\r\n"
                             "C900100,欧阳娜娜,%1,13912349999,2022-02-02\r\n")
                      .arg(id(20))
                      .toUtf8();
    const ImportReport report = CustomerImport(*m_store, head).run(
            withBom, CoreBankingImport::Mode::AllOrNothing);
    QVERIFY2(report.ok, qPrintable(report.fileError));
    QCOMPARE(report.applied, 1);
    const QList<CustomerSummary> found = CustomerRepository(*m_store).find(QStringLiteral("9999"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().name, QStringLiteral("欧阳娜娜"));
    QCOMPARE(CustomerRepository(*m_store).find(QStringLiteral("欧阳娜娜")).size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'customer' "
                                  "AND row_id = (SELECT id FROM customer WHERE cif_no = 'C900100')")),
             1);
}

void tst_Import::unreadableFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    // The header and a row in GBK, as Excel saves it on Chinese Windows.
    QTest::newRow("GBK") << QByteArray("cif_no,name,id_number,opened_on\nC1234,\xD5\xC5\xC8\xFD,"
                                       "110101198001010010,2020-01-01\n")
                         << "UTF-8";
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "binary";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("unclosed quote") << QByteArray("cif_no,name\n\"C1,x\n") << "Line 2";
}

void tst_Import::unreadableFilesChangeNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    const Session head = signIn(QStringLiteral("head"));
    const int customers = count(QStringLiteral("SELECT count(*) FROM customer"));
    const ImportReport report = CustomerImport(*m_store, head).run(
            file, CoreBankingImport::Mode::AcceptValid);
    QVERIFY(!report.ok);
    QVERIFY2(report.fileError.contains(says), qPrintable(report.fileError));
    QCOMPARE(report.applied, 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer")), customers);
}

void tst_Import::headerProblemsRefuseTheFile()
{
    const Session head = signIn(QStringLiteral("head"));
    const ImportReport unknown = CustomerImport(*m_store, head).run(
            "cif_no,name,id_number,opened_on,shoe_size\n", CoreBankingImport::Mode::AcceptValid);
    QVERIFY(unknown.fileError.contains(QStringLiteral("shoe_size")));
    const ImportReport missing = CustomerImport(*m_store, head).run(
            "cif_no,name,opened_on\n", CoreBankingImport::Mode::AcceptValid);
    QVERIFY(missing.fileError.contains(QStringLiteral("id_number")));
}

void tst_Import::holdingsAreValidatedAndApplied()
{
    const Session head = signIn(QStringLiteral("head"));
    const QByteArray csv =
            "cif_no,product_family,product_code,product_name,amount,rate_percent,opened_on,"
            "maturity_date,status\n"
            "C31010000001,deposit,TD3Y,三年定期,500000.00,2.6,2024-01-10,2027-01-10,\n" // 2
            "C31010000002,fund,F001,稳健基金,1000.1,,2023-05-05,,active\n"              // 3
            "C99999999999,fund,F001,稳健基金,1000,,2023-05-05,,\n"                      // 4 no customer
            "C31010000001,stocks,S1,股票,1000,,2023-05-05,,\n"                          // 5 family
            "C31010000001,wealth,W1,理财,-5,,2023-05-05,,\n"                            // 6 amount
            "C31010000001,wealth,W2,理财,5,3.5,2023-05-05,2022-01-01,\n"                // 7 maturity
            "C31010000001,deposit,TD3Y,三年定期,1,,2024-01-10,,\n"                      // 8 dup line 2
            "C31010000001,wealth,W3,理财,5,120,2023-05-05,,\n";                         // 9 rate
    const int holdings = count(QStringLiteral("SELECT count(*) FROM holding"));
    const ImportReport strict = HoldingImport(*m_store, head).run(
            csv, CoreBankingImport::Mode::AllOrNothing);
    QCOMPARE(strict.applied, 0);
    QCOMPARE(strict.rejected.size(), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM holding")), holdings);
    QVERIFY(reasonFor(strict, 8).contains(QStringLiteral("line 2")));

    const ImportReport lenient = HoldingImport(*m_store, head).run(
            csv, CoreBankingImport::Mode::AcceptValid);
    QCOMPARE(lenient.applied, 2);
    QCOMPARE(count(QStringLiteral("SELECT amount_fen FROM holding WHERE product_code = 'TD3Y'")),
             50000000);
    QCOMPARE(count(QStringLiteral("SELECT rate_bp FROM holding WHERE product_code = 'TD3Y'")), 260);
    QCOMPARE(count(QStringLiteral("SELECT amount_fen FROM holding WHERE product_code = 'F001'")),
             100010);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'holding'")),
             2);
}

void tst_Import::importNeedsPermission()
{
    for (const char *user : {"wealth", "teller", "lobby"}) {
        const Session session = signIn(QString::fromLatin1(user));
        const ImportReport report = CustomerImport(*m_store, session).run(
                mixedCustomers(), CoreBankingImport::Mode::AcceptValid);
        QVERIFY(!report.ok);
        QVERIFY(!report.fileError.isEmpty());
        QCOMPARE(report.applied, 0);
    }
    const Session admin = signIn(QStringLiteral("admin"));
    QVERIFY(CustomerImport(*m_store, admin).run(mixedCustomers(),
                                                CoreBankingImport::Mode::AcceptValid).ok);
}

QTEST_GUILESS_MAIN(tst_Import)
#include "tst_import.moc"
