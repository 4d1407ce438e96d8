// Personal data of an imported branch (issue #21): `branchdesk-server import-branch` of a
// workstation file whose customer data is sealed under that file's own key either opens it
// with an administrator of the file or refuses, and a workstation built page by page ends
// with the same rows (every baseline table, personal data opened), the same number of
// search keys of each kind per customer and the same search results as one built from the
// branch's snapshot, which holds none of the imported file's keys. The import never writes to its source file, also one of an older
// version that opening it with Store would upgrade.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/ServerSnapshotFile.h"
#include "../common/SyncServerFixture.h"
#include "../common/WorkstationComparison.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace bd;

class tst_SyncBaselinePersonalData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sealedFileIsRefusedWithoutItsAdministrator();
    void pagesAndSnapshotGiveTheSameCustomers();
    void importNeverChangesItsSourceFile();

private:
    test::SyncServerFixture::Run import(const QString &user, const QString &password,
                                        const QString &path = {});
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
                                                                  const QString &password,
                                                                  const QString &path)
{
    // The set-up process inherits this environment.
    qputenv("BRANCHDESK_IMPORT_USER", user.toUtf8());
    qputenv("BRANCHDESK_IMPORT_PASSWORD", password.toUtf8());
    const test::SyncServerFixture::Run run = m_server.runCommand(
            { QStringLiteral("--snapshot-dir"), m_server.snapshotDir(),
              QStringLiteral("import-branch"), path.isEmpty() ? m_source.path() : path });
    qunsetenv("BRANCHDESK_IMPORT_USER");
    qunsetenv("BRANCHDESK_IMPORT_PASSWORD");
    return run;
}

void tst_SyncBaselinePersonalData::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY_RESULT(test::openDemoBranch(m_source, m_dir.filePath(QStringLiteral("source.db")), 120));
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
    QVERIFY2(wrong.errors.contains(QStringLiteral("branch head")), qPrintable(wrong.errors));
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
        if (!BaselinePage::tables().contains(table))
            continue;
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
        ids.insert(hit.customerId.toString());
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
    // Its first administrator's sign-in makes its data key and seals what came in plain
    // (FieldKeyAccess), blind search keys included.
    QVERIFY_RESULT(FieldKeyring(paged).create());
    QVERIFY_RESULT(PlaintextSealing(paged).sealAll());

    // The server's snapshot holds none of the imported file's keys nor a value sealed
    // under them: the personal data is plain there, as in its pages.
    const QString served = m_server.snapshotDir() + u'/' + m_branchId + QStringLiteral(".sqlite");
    const QStringList held = test::ServerSnapshotFile::workstationSecrets(
            served, test::ServerSnapshotFile::keySlotsOf(m_source.path()));
    QVERIFY2(held.isEmpty(), qPrintable(held.join(u',')));

    // Built from the snapshot: the same, its first administrator's sign-in seals it.
    const QString snapshotPath = m_dir.filePath(QStringLiteral("snapshot.db"));
    SnapshotDownload download(m_server.url(), QStringLiteral("wm.new"), m_password);
    const Result<SnapshotDownload::Outcome> installed = download.install(snapshotPath);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    Store fromSnapshot;
    QVERIFY_RESULT(fromSnapshot.open(snapshotPath));
    QVERIFY(!fromSnapshot.fieldsEncrypted());
    QVERIFY_RESULT(FieldKeyring(fromSnapshot).create());
    QVERIFY_RESULT(PlaintextSealing(fromSnapshot).sealAll());
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

    // Every table the branch's baseline carries, row by row, and the search index: as many
    // keys of each kind for every customer (issue #21: 209,021 keys against 369,021).
    for (const char *table : { "kyc_field", "kyc_answer", "customer_event", "interaction" }) {
        QSqlQuery rows(fromSnapshot.database());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
                && rows.next());
        QVERIFY2(rows.value(0).toInt() > 0, table); // compared below, so there is something
    }
    const QStringList tables = test::WorkstationComparison::tables(paged, fromSnapshot);
    QVERIFY2(tables.isEmpty(), qPrintable(tables.mid(0, 20).join(u'\n')));
    qint64 keys = 0;
    const QStringList searchKeys
            = test::WorkstationComparison::searchKeys(paged, fromSnapshot, &keys);
    QVERIFY2(searchKeys.isEmpty(), qPrintable(searchKeys.mid(0, 20).join(u'\n')));
    QVERIFY(keys > 120 * 10);

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

namespace {
bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    const bool ok = sqlite3_exec(db, sql, nullptr, nullptr, &message) == SQLITE_OK;
    if (!ok)
        qWarning() << sql << message;
    sqlite3_free(message);
    return ok;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void tst_SyncBaselinePersonalData::importNeverChangesItsSourceFile()
{
    // A workstation file as an older desk program (main 3afb5d0, schema 22) left it, kept
    // as SQL text (tests/unit/data/keys/README.md); its branch renamed so that it does not
    // meet the branch of m_source on the server.
    const QString older = m_dir.filePath(QStringLiteral("older.db"));
    QFile dump(QStringLiteral(BRANCHDESK_SOURCE_DIR "/tests/unit/data/keys/branch-3afb5d0.sql"));
    QVERIFY(dump.open(QIODevice::ReadOnly));
    const QByteArray sql = dump.readAll().replace("'310101'", "'310177'")
            + "\nPRAGMA journal_mode = WAL;";
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(older.toUtf8().constData(), &db), SQLITE_OK);
    QVERIFY(exec(db, sql.constData()));
    sqlite3_close(db);
    const int olderVersion = 22;
    QVERIFY(Store::latestSchemaVersion() > olderVersion); // it is older than this build
    const QByteArray before = fileBytes(older);
    QVERIFY(!before.isEmpty());
    QVERIFY(!QFileInfo::exists(older + QStringLiteral("-wal")));

    const test::SyncServerFixture::Run imported
            = import(QStringLiteral("head"), QStringLiteral("branchdesk-test"), older);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.errors));
    // Not a byte of it changed: no upgrade, no setting, nothing written through a WAL.
    const QByteArray after = fileBytes(older);
    QVERIFY2(after == before, "the import changed its source file");
    QVERIFY(!QFileInfo::exists(older + QStringLiteral("-wal"))
            || QFileInfo(older + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(sqlite3_open_v2(older.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr),
             SQLITE_OK);
    sqlite3_stmt *version = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT max(version) FROM schema_version", -1, &version,
                                nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(version), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(version, 0), olderVersion);
    sqlite3_finalize(version);
    sqlite3_close(db);
}

QTEST_GUILESS_MAIN(tst_SyncBaselinePersonalData)
#include "tst_sync_baseline_personal_data.moc"
