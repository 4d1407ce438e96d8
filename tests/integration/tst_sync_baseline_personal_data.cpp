// Personal data of an imported branch (issue #21): `branchdesk-server import-branch` of a
// workstation file whose customer data is sealed under that file's own key either opens it
// with an administrator of the file or refuses, and a workstation built page by page ends
// with the same readable customers and the same search results as one built from the
// branch's snapshot.
#include "../common/ResultAssert.h"
#include "../common/SyncServerFixture.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SyncBaselinePersonalData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedFileIsRefusedWithoutItsAdministrator();
    void pagesAndSnapshotGiveTheSameCustomers();

private:
    test::SyncServerFixture::Run import(const QString &user, const QString &password);
    // Every sealed column's values, opened, by table, row id and column.
    static QHash<QString, QString> personalData(Store &store);
    static QSet<QString> found(Store &store, const QString &typed);

    test::SyncServerFixture m_server;
    QTemporaryDir m_dir;
    Store m_source;
    QString m_branchId;
    const QString m_password = QStringLiteral("personal-pass-1");
};

test::SyncServerFixture::Run tst_SyncBaselinePersonalData::import(const QString &user,
                                                                  const QString &password)
{
    // The set-up process inherits this environment.
    qputenv("BRANCHDESK_IMPORT_USER", user.toUtf8());
    qputenv("BRANCHDESK_IMPORT_PASSWORD", password.toUtf8());
    const test::SyncServerFixture::Run run = m_server.runCommand(
            { QStringLiteral("--snapshot-dir"), m_server.snapshotDir(),
              QStringLiteral("import-branch"), m_source.path() });
    qunsetenv("BRANCHDESK_IMPORT_USER");
    qunsetenv("BRANCHDESK_IMPORT_PASSWORD");
    return run;
}

void tst_SyncBaselinePersonalData::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY_RESULT(m_source.open(m_dir.filePath(QStringLiteral("source.db"))));
    DemoBranchGenerator::Options options;
    options.customers = 120;
    QVERIFY_RESULT(DemoBranchGenerator().generate(m_source, options));
    QSqlQuery branch(m_source.database());
    QVERIFY(branch.exec(QStringLiteral("SELECT id FROM branch")) && branch.next());
    m_branchId = branch.value(0).toString();
    QVERIFY(branch.exec(QStringLiteral("SELECT phone FROM customer LIMIT 1")) && branch.next());
    QVERIFY(SensitiveColumns::isSealed(branch.value(0))); // the demo writes sealed values
}

void tst_SyncBaselinePersonalData::sealedFileIsRefusedWithoutItsAdministrator()
{
    const test::SyncServerFixture::Run bare = import({}, {});
    QCOMPARE(bare.exitCode, 1);
    QVERIFY2(bare.errors.contains(QStringLiteral("customer.phone"))
                     && bare.errors.contains(QStringLiteral("BRANCHDESK_IMPORT_USER")),
             qPrintable(bare.errors));
    QVERIFY(!bare.output.contains(QStringLiteral("imported")));

    const test::SyncServerFixture::Run wrong
            = import(QStringLiteral("admin"), QStringLiteral("not-the-password"));
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.errors.contains(QStringLiteral("administrator")), qPrintable(wrong.errors));
    // A user of the file who is not its administrator does not open it for the server.
    const test::SyncServerFixture::Run teller
            = import(QStringLiteral("teller"), QStringLiteral("teller-demo"));
    QCOMPARE(teller.exitCode, 1);
}

QHash<QString, QString> tst_SyncBaselinePersonalData::personalData(Store &store)
{
    QHash<QString, QString> values;
    QSqlQuery query(store.database());
    for (const SensitiveColumns::Column &column : SensitiveColumns::all()) {
        const QString table = QString::fromLatin1(column.table);
        if (!BaselinePage::tables().contains(table) || table == QLatin1String("kyc_field"))
            continue; // kyc_field has no single id; its answers are kyc_answer's
        if (!query.exec(QStringLiteral("SELECT id, %1 FROM %2")
                                .arg(QString::fromLatin1(column.column), table)))
            continue;
        while (query.next())
            values.insert(table + QLatin1Char('/') + query.value(0).toString() + QLatin1Char('/')
                                  + QString::fromLatin1(column.column),
                          SensitiveColumns::open(store, query.value(1)));
    }
    return values;
}

QSet<QString> tst_SyncBaselinePersonalData::found(Store &store, const QString &typed)
{
    QSet<QString> ids;
    for (const CustomerSearchIndex::Hit &hit : CustomerSearchIndex(store).lookup(typed, 500))
        ids.insert(hit.customerId);
    return ids;
}

void tst_SyncBaselinePersonalData::pagesAndSnapshotGiveTheSameCustomers()
{
    const test::SyncServerFixture::Run imported
            = import(QStringLiteral("head"), QStringLiteral("head-demo"));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errors));
    QVERIFY2(imported.output.contains(QStringLiteral("Snapshot for new workstations")),
             qPrintable(imported.output));
    QVERIFY(m_server.addAccount(QStringLiteral("wm.new"), m_branchId, StaffRole::WealthManager,
                                m_password));

    // Built page by page (a new, empty workstation's sync round).
    Store paged;
    QVERIFY_RESULT(paged.open(m_dir.filePath(QStringLiteral("paged.db"))));
    SyncEngine engine(paged, m_server.url(), QStringLiteral("wm.new"), m_password);
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.baselineRows > 0);

    // Built from the snapshot; a wealth manager of the branch opens its data key.
    const QString snapshotPath = m_dir.filePath(QStringLiteral("snapshot.db"));
    SnapshotDownload download(m_server.url(), QStringLiteral("wm.new"), m_password);
    const Result<SnapshotDownload::Outcome> installed = download.install(snapshotPath);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    Store fromSnapshot;
    QVERIFY_RESULT(fromSnapshot.open(snapshotPath));
    QSqlQuery wealth(fromSnapshot.database());
    QVERIFY(wealth.exec(QStringLiteral("SELECT id FROM staff_user WHERE username = 'wealth'"))
            && wealth.next());
    const Result<FieldKeyring::OpenResult> opened
            = FieldKeyring(fromSnapshot).open(wealth.value(0).toString(),
                                              QStringLiteral("wealth-demo"), true);
    QVERIFY_RESULT(opened);
    QCOMPARE(*opened, FieldKeyring::OpenResult::Opened);
    QVERIFY_RESULT(CustomerSearchIndex(fromSnapshot).ensureCurrent());

    // The same personal data, readable, row by row.
    const QHash<QString, QString> expected = personalData(fromSnapshot);
    const QHash<QString, QString> actual = personalData(paged);
    QCOMPARE(actual.size(), expected.size());
    int phones = 0;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(it.key() + QStringLiteral(": \"%1\" page by page, \"%2\" from the "
                                                      "snapshot")
                                               .arg(actual.value(it.key()), it.value())));
        if (it.key().startsWith(QLatin1String("customer/"))
            && it.key().endsWith(QLatin1String("/phone")) && !it.value().isEmpty())
            ++phones;
    }
    QCOMPARE(phones, 120);

    // The same customers found by a mobile number and by its last four digits.
    QSqlQuery customers(fromSnapshot.database());
    QVERIFY(customers.exec(QStringLiteral("SELECT id, phone FROM customer ORDER BY id LIMIT 15")));
    while (customers.next()) {
        const QString id = customers.value(0).toString();
        const QString mobile = SensitiveColumns::open(fromSnapshot, customers.value(1));
        QVERIFY(mobile.size() >= 4);
        for (const QString &typed : { mobile, mobile.right(4) }) {
            const QSet<QString> fromPages = found(paged, typed);
            QVERIFY2(fromPages.contains(id), qPrintable(typed));
            QCOMPARE(fromPages, found(fromSnapshot, typed));
        }
    }
}

QTEST_GUILESS_MAIN(tst_SyncBaselinePersonalData)
#include "tst_sync_baseline_personal_data.moc"
