// branchdesk-admin's offers, sales, households and product shelf as a real process on a
// generated demo branch: `customer offers --json` prints what the workstation offers, with
// the reasons; `customer sell` goes through the suitability gate, and a refusal prints its
// reasons and exits with 1 (nothing sold, the refusal audited); `products check|load|list`
// refuse a broken file with every problem's place and keep the shelf in force.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/ProgramRun.h"
#include "../common/TestSql.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/offers/OfferService.h"
#include "app/services/staff/AuthService.h"
#include "app/services/suitability/ProductShelfService.h"
#include "database/core/Store.h"
#include "database/products/OfferQueries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
using Run = test::ProgramRun;
} // namespace

class tst_AdminOffers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offersAsJson();
    void saleWithoutRecordingIsRefused();
    void saleAboveTheRiskLevelIsRefused();
    void saleWithRecordingIsRecorded();
    void tellerRecordsNoSale();
    void householdAsJson();
    void brokenShelfFileChangesNothing();

private:
    Run run(const QString &role, const QStringList &arguments);
    qint64 scalar(const QString &sql) { return test::numberInFile(m_db, sql); }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        return test::writeFileIn(m_dir, name, bytes);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QMap<QString, DemoBranchGenerator::DemoAccount> m_accounts; // by role
    QString m_customer;
    QStringList m_offered;      // product codes offered to m_customer
    QString m_recorded;         // an offered product that needs 双录
    qint64 m_minimumFen = 0;
    QString m_aboveLevel;       // a shelf product rated above the customer's level
};

Run tst_AdminOffers::run(const QString &role, const QStringList &arguments)
{
    QProcessEnvironment env = test::homeEnvironment(m_dir.filePath(QStringLiteral("home")));
    QStringList all = arguments;
    all << QStringLiteral("--db") << m_db;
    if (!role.isEmpty()) {
        env.insert(QStringLiteral("BRANCHDESK_PASSWORD"), m_accounts.value(role).password);
        all << QStringLiteral("--user") << m_accounts.value(role).username;
    }
    return test::runProgram(QStringLiteral(BRANCHDESK_ADMIN_BINARY), all, env, 120000);
}

void tst_AdminOffers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("branch.db"));
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (!m_accounts.contains(account.role))
            m_accounts.insert(account.role, account);
    }
    Store store;
    QVERIFY_RESULT(test::openDemoBranch(store, m_db, 400));
    const auto head = m_accounts.value(QStringLiteral("branch_head"));
    const std::optional<Session> session = AuthService(store).signIn(head.username, head.password).session;
    QVERIFY(session);
    // A customer offered a product sold with 双录, whose level is below the top.
    QSqlQuery ids(store.database());
    QVERIFY(ids.exec(QStringLiteral("SELECT id FROM customer WHERE risk_level BETWEEN 1 AND 4 ORDER BY id")));
    QList<CustomerId> customers;
    while (ids.next())
        customers << CustomerId(ids.value(0).toString());
    ids.finish();
    const Result<QList<OfferList>> lists = OfferService(store, *session).offersFor(customers);
    QVERIFY(lists);
    const ProductShelf shelf = *ProductShelfService(store, *session).current();
    for (const OfferList &list : *lists) {
        for (const Offer &offer : list.offers) {
            if (!offer.product.needsRecording || !m_customer.isEmpty())
                continue;
            m_customer = list.customer.toString();
            m_recorded = offer.product.code;
            m_minimumFen = std::max<qint64>(offer.product.minimum.fen(), 100000);
            for (const Offer &o : list.offers)
                m_offered << o.product.code;
            const int level = OfferQueries(store).suitability(list.customer)->value().riskLevel;
            for (const ShelfProduct &p : shelf.products()) {
                if (p.risk > level && m_aboveLevel.isEmpty())
                    m_aboveLevel = p.code;
            }
        }
    }
    QVERIFY2(!m_customer.isEmpty(), "no demo customer was offered a 双录 product");
    QVERIFY(!m_aboveLevel.isEmpty());
    store.close();
}

void tst_AdminOffers::offersAsJson()
{
    const Run offers = run(QStringLiteral("wealth_manager"),
                           {QStringLiteral("customer"), QStringLiteral("offers"), m_customer,
                            QStringLiteral("--json")});
    QCOMPARE(offers.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(offers.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("customer")).toString(), m_customer);
    QStringList codes;
    for (const QJsonValue &offer : json.value(QStringLiteral("offers")).toArray()) {
        codes << offer[QStringLiteral("product")].toString();
        const QJsonArray reasons = offer[QStringLiteral("reasons")].toArray();
        QVERIFY(!reasons.isEmpty());
        QVERIFY(!reasons.first()[QStringLiteral("text")].toString().isEmpty());
        QVERIFY(!reasons.first()[QStringLiteral("code")].toString().isEmpty());
    }
    QCOMPARE(codes, m_offered);
    // The table form, too.
    const Run table = run(QStringLiteral("wealth_manager"),
                          {QStringLiteral("customer"), QStringLiteral("offers"), m_customer});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains(m_recorded));
}

void tst_AdminOffers::saleWithoutRecordingIsRefused()
{
    const Run sale = run(QStringLiteral("wealth_manager"),
                         {QStringLiteral("customer"), QStringLiteral("sell"), m_customer, m_recorded,
                          QStringLiteral("--amount"), QString::number(m_minimumFen / 100)});
    QCOMPARE(sale.exitCode, 1);
    QVERIFY2(sale.err.contains(QStringLiteral("refused")), qPrintable(sale.err));
    QVERIFY2(sale.err.contains(QStringLiteral("双录")), qPrintable(sale.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM product_sale")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suitability_refused' "
                                   "AND detail_json LIKE '%recording_missing%'")), 1);
    // No amount: a usage error before anything is looked at.
    const Run usage = run(QStringLiteral("wealth_manager"),
                          {QStringLiteral("customer"), QStringLiteral("sell"), m_customer, m_recorded});
    QCOMPARE(usage.exitCode, 2);
}

void tst_AdminOffers::saleAboveTheRiskLevelIsRefused()
{
    const Run sale = run(QStringLiteral("wealth_manager"),
                         {QStringLiteral("customer"), QStringLiteral("sell"), m_customer, m_aboveLevel,
                          QStringLiteral("--amount"), QStringLiteral("5000000"),
                          QStringLiteral("--recording"), QStringLiteral("SL-1"),
                          QStringLiteral("--elderly-confirmation"), QStringLiteral("EC-1")});
    QCOMPARE(sale.exitCode, 1);
    QVERIFY2(sale.err.contains(QStringLiteral("above the customer's risk level")), qPrintable(sale.err));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM product_sale")), 0);
}

void tst_AdminOffers::saleWithRecordingIsRecorded()
{
    const Run sale = run(QStringLiteral("wealth_manager"),
                         {QStringLiteral("customer"), QStringLiteral("sell"), m_customer, m_recorded,
                          QStringLiteral("--amount"), QString::number(m_minimumFen / 100),
                          QStringLiteral("--recording"), QStringLiteral("SL-20261206-0042")});
    QCOMPARE(sale.exitCode, 0);
    QVERIFY(sale.out.contains(m_recorded));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM product_sale WHERE recording_ref = 'SL-20261206-0042'")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'product_sale'")), 1);
}

void tst_AdminOffers::tellerRecordsNoSale()
{
    const Run sale = run(QStringLiteral("teller"),
                         {QStringLiteral("customer"), QStringLiteral("sell"), m_customer, m_recorded,
                          QStringLiteral("--amount"), QString::number(m_minimumFen / 100),
                          QStringLiteral("--recording"), QStringLiteral("SL-2")});
    QCOMPARE(sale.exitCode, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM product_sale")), 1);
}

void tst_AdminOffers::householdAsJson()
{
    const QString member = QString::number(scalar(QStringLiteral("SELECT count(*) FROM household")));
    QVERIFY(member.toInt() > 0);
    Store store;
    QVERIFY(store.open(m_db));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM household_member WHERE household_id IS NOT NULL "
                                      "ORDER BY id LIMIT 1")) && query.next());
    const QString id = query.value(0).toString();
    query.finish();
    store.close();
    const Run household = run(QStringLiteral("wealth_manager"),
                              {QStringLiteral("customer"), QStringLiteral("household"), id,
                               QStringLiteral("--json")});
    QCOMPARE(household.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(household.out.toUtf8()).object();
    QVERIFY(json.value(QStringLiteral("members")).toArray().size() >= 2);
    QVERIFY(json.value(QStringLiteral("standing")).toString().startsWith(QStringLiteral("The household is")));
}

void tst_AdminOffers::brokenShelfFileChangesNothing()
{
    const QString broken = writeFile(QStringLiteral("broken.json"), R"({"format": "branchdesk-product-shelf",
        "version": 1, "products": [{"code": "X1", "name": "x", "family": "fund", "risk": "R8",
        "minimum": 1, "channels": ["counter"], "dual_recording": true}]})");
    const Run check = run({}, {QStringLiteral("products"), QStringLiteral("check"), broken});
    QCOMPARE(check.exitCode, 1);
    QVERIFY(check.err.contains(QStringLiteral("$.products[0].risk")));
    const Run load = run(QStringLiteral("branch_head"), {QStringLiteral("products"), QStringLiteral("load"), broken});
    QCOMPARE(load.exitCode, 1);
    QVERIFY(load.err.contains(QStringLiteral("$.products[0].risk")));
    const Run list = run(QStringLiteral("branch_head"), {QStringLiteral("products"), QStringLiteral("list"),
                                                         QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const int builtIn = int(QJsonDocument::fromJson(list.out.toUtf8())[QStringLiteral("products")].toArray().size());
    QVERIFY(builtIn >= 30);
    const QString good = writeFile(QStringLiteral("good.csv"),
                                   "code,name,family,risk,minimum,channels,dual_recording\n"
                                   "WM-1Y,安鑫一年,wealth,R2,10000,counter|mobile,yes\n");
    QCOMPARE(run(QStringLiteral("wealth_manager"), {QStringLiteral("products"), QStringLiteral("load"), good}).exitCode, 1);
    QCOMPARE(run(QStringLiteral("branch_head"), {QStringLiteral("products"), QStringLiteral("load"), good}).exitCode, 0);
    const Run after = run(QStringLiteral("teller"), {QStringLiteral("products"), QStringLiteral("list")});
    QCOMPARE(after.exitCode, 0);
    QVERIFY(after.out.contains(QStringLiteral("WM-1Y")));
    QVERIFY(!after.out.contains(QStringLiteral("FD-TECH")));
}

QTEST_GUILESS_MAIN(tst_AdminOffers)
#include "tst_admin_offers.moc"
