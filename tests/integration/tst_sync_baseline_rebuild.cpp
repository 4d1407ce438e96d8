// A workstation that has to build its branch again (issue #21): the server restored from a
// backup (a new epoch: the pages afresh, the outbox sent again) or the workstation's cursor
// older than the server's log (compacted: the snapshot taken in). Either way it ends with
// the same rows, the same personal data readable and the same search index as a
// workstation built from the branch's snapshot, and keeps its unsent work. The branch is a
// demo file whose personal data is sealed under its own key, imported with its branch head;
// the server's snapshot holds none of that file's keys (nor its sealed values), so every
// workstation, built page by page or from the snapshot, has a data key of its own. Runs
// against the embedded store and, as tst_sync_baseline_rebuild_postgres, against PostgreSQL.
#include "../common/ImportedDemoBranch.h"
#include "../common/ResultAssert.h"
#include "../common/ServerBackup.h"
#include "../common/ServerSnapshotFile.h"
#include "../common/SnapshotWorkstation.h"
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
    void compare(Store &rebuilt, Store &reference);

    test::SyncServerFixture m_server { test::storeOfThisBuild(
            test::SyncServerFixture::Driver::Sqlite) };
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
    const Result<test::ImportedDemoBranch> imported
            = test::importDemoBranch(m_server, m_source, 80, 4);
    QVERIFY_RESULT(imported);
    m_branchId = imported->branchId;
    m_customers = imported->customers;
    QCOMPARE(m_customers.size(), 4);
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
    if (Result<> sealed = test::sealUnderAKeyOfItsOwn(store); !sealed)
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
    Result<std::unique_ptr<Store>> made = test::workstationFromSnapshot(
            m_server.url(), QStringLiteral("wm.rebuild"), m_password, m_dir.filePath(name));
    if (!made) {
        qWarning() << name << "not made from the snapshot:" << made.errorString();
        return nullptr;
    }
    // It came plain, with none of the imported file's keys, and is sealed under a key of its
    // own (SnapshotWorkstation.h); as that sign-in does (FieldKeyAccess): the index caught up.
    std::unique_ptr<Store> store = std::move(*made);
    if (const Result<> indexed = CustomerSearchIndex(*store).ensureCurrent(); !indexed) {
        qWarning() << "search index of" << name << indexed.errorString();
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
    QVERIFY_RESULT(test::editAddress(store, customerId, newAddress));
}

QString tst_SyncBaselineRebuild::address(Store &store, const QString &customerId)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT address FROM customer WHERE id = ?"));
    query.addBindValue(customerId);
    return query.exec() && query.next() ? SensitiveColumns::open(store, query.value(0))
                                        : QStringLiteral("<none>");
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
    const int outbox = test::outboxSize(*paged);
    report = sync(*paged);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY2(report.fullDownload, "a new epoch: the branch afresh");
    QCOMPARE(test::outboxSize(*paged), outbox); // nothing dropped
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
    const int outbox = test::outboxSize(*paged);

    // A month later the retention (7 days) folds the whole log into the snapshot.
    QVERIFY_RESULT(test::compactTheLogAMonthLater(m_server));
    serverHoldsNoWorkstationKey();

    report = sync(*paged);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.snapshotTaken);
    QCOMPARE(test::outboxSize(*paged), outbox);
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
