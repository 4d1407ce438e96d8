// A workstation that has to build its branch again (issue #21): the server restored from a
// backup (a new epoch: the pages afresh, the outbox sent again) or the workstation's cursor
// older than the server's log (compacted: the snapshot taken in). Either way it ends with
// the same rows, the same personal data readable and the same search index as a
// workstation built from the branch's snapshot, and keeps its unsent work. The branch is a
// demo file whose personal data is sealed under its own key, imported with its branch head;
// the server's snapshot holds none of that file's keys (nor its sealed values), so every
// workstation, built page by page or from the snapshot, has a data key of its own. Runs
// against the embedded store and, as tst_sync_baseline_rebuild_postgres, against PostgreSQL.
#include "../common/ResultAssert.h"
#include "../common/ServerBackup.h"
#include "../common/ServerSnapshotFile.h"
#include "../common/SyncServerFixture.h"
#include "../common/WorkstationComparison.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/core/FieldKeyring.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

class tst_SyncBaselineRebuild : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoredServerGivesThePagesAgainAndKeepsTheOutbox();
    void expiredCursorTakesTheSnapshotAndKeepsTheOutbox();

private:
    // A new, empty workstation loaded page by page, then encrypted under a data key of its
    // own as its first administrator's sign-in does.
    std::unique_ptr<Store> byPages(const QString &name);
    // A new workstation made from the branch's snapshot, encrypted the same way.
    std::unique_ptr<Store> fromSnapshot(const QString &name);
    static Result<> encrypt(Store &store);
    // The server's snapshot and its copy without personal data hold no key of the file
    // imported and no value sealed under it.
    void serverHoldsNoWorkstationKey();
    SyncEngine::Report sync(Store &store);
    // Changes one customer's address (personal data) and occupation, recorded for sync.
    void edit(Store &store, const QString &customerId, const QString &address);
    static QString address(Store &store, const QString &customerId);
    static int unsent(Store &store);
    void compare(Store &rebuilt, Store &reference);

#ifdef BRANCHDESK_TEST_POSTGRES_STORE
    test::SyncServerFixture m_server;
#else
    test::SyncServerFixture m_server { ServerStore::Settings::Driver::Sqlite };
#endif
    QTemporaryDir m_dir;
    Store m_source;
    QString m_branchId;
    QStringList m_customers;
    QList<QByteArray> m_sourceSlots; // the imported file's wrapped keys
    const QString m_password = QStringLiteral("rebuild-pass-1");
};

void tst_SyncBaselineRebuild::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY_RESULT(m_source.open(m_dir.filePath(QStringLiteral("source.db"))));
    DemoBranchGenerator::Options options;
    options.customers = 80;
    QVERIFY_RESULT(DemoBranchGenerator().generate(m_source, options));
    QSqlQuery query(m_source.database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM branch")) && query.next());
    m_branchId = query.value(0).toString();
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM customer ORDER BY id LIMIT 4")));
    while (query.next())
        m_customers << query.value(0).toString();
    QCOMPARE(m_customers.size(), 4);
    const QString said = m_server.importBranch(m_source.path());
    QVERIFY2(said.contains(QStringLiteral("Snapshot for new workstations")), qPrintable(said));
    m_sourceSlots = test::ServerSnapshotFile::keySlotsOf(m_source.path());
    QVERIFY(m_sourceSlots.size() >= 3);
    serverHoldsNoWorkstationKey();
    QVERIFY(m_server.addAccount(QStringLiteral("wm.rebuild"), m_branchId,
                                StaffRole::WealthManager, m_password));
}

void tst_SyncBaselineRebuild::serverHoldsNoWorkstationKey()
{
    for (const QString &file : { QStringLiteral("/%1.sqlite"), QStringLiteral("/withheld/%1.sqlite") }) {
        const QString path = m_server.snapshotDir() + file.arg(m_branchId);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const QStringList held = test::ServerSnapshotFile::workstationSecrets(path, m_sourceSlots);
        QVERIFY2(held.isEmpty(), qPrintable(path + QStringLiteral(" holds ") + held.join(u',')));
    }
}

Result<> tst_SyncBaselineRebuild::encrypt(Store &store)
{
    if (const auto made = FieldKeyring(store).create(); !made)
        return made.error();
    if (Result<> reveal = FieldKeyring(store).ensureRevealKey(); !reveal)
        return reveal;
    if (Result<> sealed = PlaintextSealing(store).sealAll(); !sealed)
        return sealed;
    return CustomerSearchIndex(store).ensureCurrent();
}

std::unique_ptr<Store> tst_SyncBaselineRebuild::byPages(const QString &name)
{
    auto store = std::make_unique<Store>();
    if (!store->open(m_dir.filePath(name)) || !sync(*store).ok || !encrypt(*store))
        return nullptr;
    return store;
}

std::unique_ptr<Store> tst_SyncBaselineRebuild::fromSnapshot(const QString &name)
{
    const QString path = m_dir.filePath(name);
    SnapshotDownload download(m_server.url(), QStringLiteral("wm.rebuild"), m_password);
    const Result<SnapshotDownload::Outcome> installed = download.install(path);
    auto store = std::make_unique<Store>();
    if (!installed || !store->open(path)) {
        qWarning() << name << "not installed:"
                   << (installed ? QStringLiteral("cannot open") : installed.errorString());
        return nullptr;
    }
    // Nothing of the imported file's keys came with it: the customer data is as the pages
    // bring it, plain, until the first administrator's sign-in seals it under a key of its own.
    if (store->fieldsEncrypted()) {
        qWarning() << name << "came with a data key";
        return nullptr;
    }
    if (const Result<> encrypted = encrypt(*store); !encrypted) {
        qWarning() << "encrypting" << name << encrypted.errorString();
        return nullptr;
    }
    return store;
}

SyncEngine::Report tst_SyncBaselineRebuild::sync(Store &store)
{
    SyncEngine engine(store, m_server.url(), QStringLiteral("wm.rebuild"), m_password);
    return engine.syncOnce();
}

void tst_SyncBaselineRebuild::edit(Store &store, const QString &customerId,
                                   const QString &newAddress)
{
    QSqlQuery version(store.database());
    version.prepare(QStringLiteral("SELECT version FROM customer WHERE id = ?"));
    version.addBindValue(customerId);
    QVERIFY(version.exec() && version.next());
    const int current = version.value(0).toInt();
    version.finish();
    Transaction transaction(store.database());
    const Result<CustomerRepository::UpdateResult> updated = CustomerRepository(store).update(
            customerId,
            { { QStringLiteral("address"), newAddress },
              { QStringLiteral("occupation"), newAddress.section(u' ', 0, 0) } },
            current);
    QVERIFY_RESULT(updated);
    QCOMPARE(*updated, CustomerRepository::UpdateResult::Updated);
    QVERIFY(transaction.commit());
}

QString tst_SyncBaselineRebuild::address(Store &store, const QString &customerId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT address FROM customer WHERE id = ?"));
    query.addBindValue(customerId);
    return query.exec() && query.next() ? SensitiveColumns::open(store, query.value(0))
                                        : QStringLiteral("<none>");
}

int tst_SyncBaselineRebuild::unsent(Store &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox")) && query.next()
            ? query.value(0).toInt()
            : -1;
}

void tst_SyncBaselineRebuild::compare(Store &rebuilt, Store &reference)
{
    // Each workstation's own bookkeeping of a row: a pulled change brings its fields, not
    // the version counter or the time the row was last written here.
    const QStringList tables = test::WorkstationComparison::tables(
            rebuilt, reference, { QStringLiteral("*.version"), QStringLiteral("*.updated_at") });
    QVERIFY2(tables.isEmpty(),
             qPrintable(QStringLiteral("%1 differences, the first:\n").arg(tables.size())
                        + tables.mid(0, 15).join(u'\n')));
    qint64 keys = 0;
    const QStringList searchKeys
            = test::WorkstationComparison::searchKeys(rebuilt, reference, &keys);
    QVERIFY2(searchKeys.isEmpty(), qPrintable(searchKeys.mid(0, 15).join(u'\n')));
    QVERIFY(keys > 80 * 10);
}

void tst_SyncBaselineRebuild::restoredServerGivesThePagesAgainAndKeepsTheOutbox()
{
    const std::unique_ptr<Store> paged = byPages(QStringLiteral("restore-paged.db"));
    QVERIFY(paged);
    test::ServerBackup backup(m_server);
    QVERIFY(backup.take(m_dir.path()));

    // Acknowledged by the server, then lost with the restore.
    edit(*paged, m_customers.at(0), QStringLiteral("teacher 1 Harbour Road"));
    SyncEngine::Report report = sync(*paged);
    QVERIFY2(report.ok && report.pushed == 1, qPrintable(report.error));
    m_server.stopServer();
    QVERIFY2(backup.restore(), "the server's store could not be restored");
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));

    // Made offline after the restore, not sent yet.
    edit(*paged, m_customers.at(1), QStringLiteral("nurse 2 Garden Lane"));
    const int outbox = unsent(*paged);
    report = sync(*paged);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY2(report.fullDownload, "a new epoch: the branch afresh");
    QCOMPARE(unsent(*paged), outbox); // nothing dropped
    QCOMPARE(address(*paged, m_customers.at(0)), QStringLiteral("teacher 1 Harbour Road"));
    QCOMPARE(address(*paged, m_customers.at(1)), QStringLiteral("nurse 2 Garden Lane"));

    // A workstation made from the snapshot now, caught up, is the same.
    const std::unique_ptr<Store> reference = fromSnapshot(QStringLiteral("restore-snap.db"));
    QVERIFY(reference);
    report = sync(*reference);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(address(*reference, m_customers.at(0)), QStringLiteral("teacher 1 Harbour Road"));
    QCOMPARE(address(*reference, m_customers.at(1)), QStringLiteral("nurse 2 Garden Lane"));
    report = sync(*paged);
    QVERIFY2(report.ok, qPrintable(report.error));
    compare(*paged, *reference);
}

void tst_SyncBaselineRebuild::expiredCursorTakesTheSnapshotAndKeepsTheOutbox()
{
    const std::unique_ptr<Store> paged = byPages(QStringLiteral("expired-paged.db"));
    const std::unique_ptr<Store> other = fromSnapshot(QStringLiteral("expired-other.db"));
    QVERIFY(paged && other);
    // Another workstation's change while this one is away, and this one's offline edit.
    edit(*other, m_customers.at(2), QStringLiteral("driver 3 Station Street"));
    SyncEngine::Report report = sync(*other);
    QVERIFY2(report.ok && report.pushed == 1, qPrintable(report.error));
    edit(*paged, m_customers.at(3), QStringLiteral("baker 4 Mill Street"));
    const int outbox = unsent(*paged);

    // A month later the retention (7 days) folds the whole log into the snapshot.
    {
        QSqlDatabase direct = m_server.openDirect(QStringLiteral("age"));
#ifdef BRANCHDESK_TEST_POSTGRES_STORE
        const QString aged = QStringLiteral("UPDATE change_log SET received_at = "
                                            "received_at - interval '30 days'");
#else
        const QString aged = QStringLiteral("UPDATE change_log SET received_at = "
                                            "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-30 days')");
#endif
        QVERIFY(QSqlQuery(direct).exec(aged));
        direct.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    const test::SyncServerFixture::Run compacted = m_server.runCommand(
            { QStringLiteral("--snapshot-dir"), m_server.snapshotDir(),
              QStringLiteral("--retention-days"), QStringLiteral("7"),
              QStringLiteral("compact-log") });
    QVERIFY2(compacted.exitCode == 0 && compacted.output.contains(QStringLiteral("folded")),
             qPrintable(compacted.output + compacted.errors));
    serverHoldsNoWorkstationKey();

    report = sync(*paged);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.snapshotTaken);
    QCOMPARE(unsent(*paged), outbox);
    QCOMPARE(address(*paged, m_customers.at(2)), QStringLiteral("driver 3 Station Street"));
    QCOMPARE(address(*paged, m_customers.at(3)), QStringLiteral("baker 4 Mill Street"));

    const std::unique_ptr<Store> reference = fromSnapshot(QStringLiteral("expired-snap.db"));
    QVERIFY(reference);
    report = sync(*reference);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(address(*reference, m_customers.at(3)), QStringLiteral("baker 4 Mill Street"));
    compare(*paged, *reference);
}

QTEST_GUILESS_MAIN(tst_SyncBaselineRebuild)
#include "tst_sync_baseline_rebuild.moc"
