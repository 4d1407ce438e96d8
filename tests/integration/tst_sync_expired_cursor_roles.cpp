// A workstation of a role that may not see personal data (teller, lobby manager,
// administrator: /v1/snapshot answers them 404) whose cursor became older than the server's
// log (compacted at retention, issue #21): it finds its way back, keeps its outbox and ends
// with the rows and the search index a workstation of the same role has that never fell
// behind, and so does a workstation of that role built after the compaction. Runs against
// the embedded store and, as tst_sync_expired_cursor_roles_postgres, against PostgreSQL.
#include "../common/ImportedDemoBranch.h"
#include "../common/ResultAssert.h"
#include "../common/ServerSnapshotFile.h"
#include "../common/SnapshotWorkstation.h"
#include "../common/SyncServerFixture.h"
#include "../common/WorkstationComparison.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/branchfloor/LobbyVisitLog.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/branchfloor/TellerSession.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/core/FieldKeyring.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/staff/StaffRepository.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

class tst_SyncExpiredCursorRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void expiredCursorFindsItsWayBack_data();
    void expiredCursorFindsItsWayBack();

private:
    std::unique_ptr<Store> byPages(const QString &name, const QString &username);
    SyncEngine::Report sync(Store &store, const QString &username);
    // What the role records at its desk while away: a counter service, a walk-in.
    void workOffline(Store &store, StaffRole role, const QString &signedIn);
    void edit(Store &store, const QString &customerId, const QString &address);
    static void compare(Store &actual, Store &expected);

    test::SyncServerFixture m_server { test::storeOfThisBuild(
            test::SyncServerFixture::Driver::Sqlite) };
    QTemporaryDir m_dir;
    Store m_source;
    std::unique_ptr<Store> m_wealth; // made from the snapshot: edits personal data
    QString m_branchId;
    QStringList m_customers;
    QList<QByteArray> m_sourceSlots; // the imported file's wrapped keys
    int m_edits = 0;
    const QString m_password = QStringLiteral("expired-pass-1");
};

void tst_SyncExpiredCursorRoles::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY_RESULT(m_source.open(m_dir.filePath(QStringLiteral("source.db"))));
    const Result<test::ImportedDemoBranch> imported
            = test::importDemoBranch(m_server, m_source, 60, 6);
    QVERIFY_RESULT(imported);
    m_branchId = imported->branchId;
    m_customers = imported->customers;
    QCOMPARE(m_customers.size(), 6);
    // Its copy without personal data is made with it, not at a teller's first request.
    QVERIFY(QFile::exists(m_server.snapshotDir() + QStringLiteral("/withheld/") + m_branchId
                          + QStringLiteral(".sqlite")));
    const QList<std::pair<QString, StaffRole>> accounts {
        { QStringLiteral("wm.expired"), StaffRole::WealthManager },
        { QStringLiteral("teller.expired"), StaffRole::Teller },
        { QStringLiteral("lobby.expired"), StaffRole::LobbyManager },
        { QStringLiteral("admin.expired"), StaffRole::Admin },
    };
    for (const auto &[username, role] : accounts)
        QVERIFY(m_server.addAccount(username, m_branchId, role, m_password));

    // The snapshot brings none of the imported file's keys: it arrives plain and, as the
    // first administrator's sign-in there does (FieldKeyAccess), is sealed under a key of its
    // own (SnapshotWorkstation.h).
    Result<std::unique_ptr<Store>> wealth = test::workstationFromSnapshot(
            m_server.url(), QStringLiteral("wm.expired"), m_password,
            m_dir.filePath(QStringLiteral("wealth.db")));
    QVERIFY2(wealth, qPrintable(wealth.errorString()));
    m_wealth = std::move(*wealth);
    QVERIFY(m_wealth->fieldsEncrypted());
    m_sourceSlots = test::ServerSnapshotFile::keySlotsOf(m_source.path());
    QVERIFY(!m_sourceSlots.isEmpty());
}

std::unique_ptr<Store> tst_SyncExpiredCursorRoles::byPages(const QString &name,
                                                           const QString &username)
{
    auto store = std::make_unique<Store>();
    if (!store->open(m_dir.filePath(name)))
        return nullptr;
    const SyncEngine::Report report = sync(*store, username);
    if (!report.ok) {
        qWarning() << name << "could not be built page by page:" << report.error;
        return nullptr;
    }
    return store;
}

SyncEngine::Report tst_SyncExpiredCursorRoles::sync(Store &store, const QString &username)
{
    SyncEngine engine(store, m_server.url(), username, m_password);
    return engine.syncOnce();
}

void tst_SyncExpiredCursorRoles::workOffline(Store &store, StaffRole role,
                                             const QString &signedIn)
{
    Session session;
    const QString username = role == StaffRole::Teller ? QStringLiteral("teller")
                                                        : QStringLiteral("lobby");
    const std::optional<StaffUser> user = StaffRepository(store).byUsername(username);
    QVERIFY(user);
    session.user = *user;
    session.user.role = role;
    // The work is the server account's that syncs this workstation: the server takes audit
    // entries only of accounts it knows there (docs/SECURITY.md §8.2), and the demo roster's
    // desk-only accounts were never sent up from this one.
    session.user.username = signedIn;
    session.branch.id = m_branchId;
    if (role == StaffRole::Teller) {
        TellerSession service(store, session);
        QVERIFY_RESULT(service.start(CustomerId(m_customers.at(5)), QStringLiteral("cash_deposit")));
        QVERIFY_RESULT(service.tick(TellerSession::Greet));
    } else if (role == StaffRole::LobbyManager) {
        LobbyVisitLog::WalkIn walkIn;
        walkIn.customerId = CustomerId(m_customers.at(5));
        walkIn.valueClass = QStringLiteral("ordinary");
        walkIn.route = QStringLiteral("self_service");
        // No description, ticket or business: empty NOT NULL text that must travel as "".
        const LobbyVisitLog::Result logged = LobbyVisitLog(store, session).record(walkIn);
        QVERIFY2(logged.ok, qPrintable(logged.problems.join(u' ')));
        // The walk-in's event goes out once the rules ran on it, as the signed-in window's
        // evaluation does within a second (DeskEventEvaluation).
        const auto evaluated
                = DeskEventEvaluation::evaluatePending(store, QDateTime::currentDateTimeUtc());
        QVERIFY2(evaluated, qPrintable(evaluated.errorString()));
    }
}

void tst_SyncExpiredCursorRoles::edit(Store &store, const QString &customerId,
                                      const QString &newAddress)
{
    QVERIFY_RESULT(test::editAddress(store, customerId, newAddress));
}

void tst_SyncExpiredCursorRoles::compare(Store &actual, Store &expected)
{
    // Each workstation's own bookkeeping of a row: a pulled change brings its fields, not
    // the version counter or the time the row was last written here.
    const QStringList tables = test::WorkstationComparison::tables(
            actual, expected, { QStringLiteral("*.version"), QStringLiteral("*.updated_at") });
    QVERIFY2(tables.isEmpty(),
             qPrintable(QStringLiteral("%1 differences, the first:\n").arg(tables.size())
                        + tables.mid(0, 15).join(u'\n')));
    qint64 keys = 0;
    const QStringList searchKeys
            = test::WorkstationComparison::searchKeys(actual, expected, &keys);
    QVERIFY2(searchKeys.isEmpty(), qPrintable(searchKeys.mid(0, 15).join(u'\n')));
    QVERIFY(keys > 0);
}

void tst_SyncExpiredCursorRoles::expiredCursorFindsItsWayBack_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<StaffRole>("role");
    QTest::newRow("teller") << QStringLiteral("teller.expired") << StaffRole::Teller;
    QTest::newRow("lobby manager") << QStringLiteral("lobby.expired") << StaffRole::LobbyManager;
    QTest::newRow("administrator") << QStringLiteral("admin.expired") << StaffRole::Admin;
}

void tst_SyncExpiredCursorRoles::expiredCursorFindsItsWayBack()
{
    QFETCH(QString, username);
    QFETCH(StaffRole, role);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    const std::unique_ptr<Store> lagging = byPages(tag + QStringLiteral("-lagging.db"), username);
    const std::unique_ptr<Store> current = byPages(tag + QStringLiteral("-current.db"), username);
    QVERIFY(lagging && current);

    // While the lagging workstation is away: a wealth manager changes personal data and
    // more, and the lagging one records its own work.
    const QString customer = m_customers.at(m_edits++ % 5);
    edit(*m_wealth, customer, QStringLiteral("driver %1 Station Street").arg(m_edits));
    SyncEngine::Report report = sync(*m_wealth, QStringLiteral("wm.expired"));
    QVERIFY2(report.ok && report.pushed == 1, qPrintable(report.error));
    workOffline(*lagging, role, username);
    const int kept = test::outboxSize(*lagging);
    report = sync(*current, username);
    QVERIFY2(report.ok && report.pulled > 0, qPrintable(report.error));

    // A month later the retention (7 days) folds the whole log into the snapshot.
    QVERIFY_RESULT(test::compactTheLogAMonthLater(m_server));

    report = sync(*lagging, username);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.snapshotTaken); // after the pull was answered 410
    QCOMPARE(test::outboxSize(*lagging), kept);
    // The occupation is not personal data: the role sees the wealth manager's change.
    QSqlQuery occupation(lagging->database());
    occupation.prepare(QStringLiteral("SELECT occupation FROM customer WHERE id = ?"));
    occupation.addBindValue(customer);
    QVERIFY(occupation.exec() && occupation.next());
    QCOMPARE(occupation.value(0).toString(), QStringLiteral("driver"));
    occupation.finish();
    // What the role was sent holds none of the personal data the branch's snapshot holds
    // (the folded address is plain there), and neither file holds a key of the imported
    // workstation file or a value sealed under one.
    const QByteArray street("Station Street");
    QFile branchSnapshot(m_server.snapshotDir() + u'/' + m_branchId + QStringLiteral(".sqlite"));
    QFile sent(m_server.snapshotDir() + QStringLiteral("/withheld/") + m_branchId
               + QStringLiteral(".sqlite"));
    QVERIFY(branchSnapshot.open(QIODevice::ReadOnly) && sent.open(QIODevice::ReadOnly));
    QVERIFY(branchSnapshot.readAll().contains(street));
    const QByteArray sentBytes = sent.readAll();
    QVERIFY(!sentBytes.isEmpty() && !sentBytes.contains(street));
    for (const QString &file : { branchSnapshot.fileName(), sent.fileName() }) {
        const QStringList held = test::ServerSnapshotFile::workstationSecrets(file, m_sourceSlots);
        QVERIFY2(held.isEmpty(), qPrintable(file + QStringLiteral(" holds ") + held.join(u',')));
    }
    // A second round goes on from the snapshot.
    report = sync(*lagging, username);
    QVERIFY2(report.ok && !report.snapshotTaken, qPrintable(report.error));

    // The workstation that never fell behind takes what the lagging one sent meanwhile.
    report = sync(*current, username);
    QVERIFY2(report.ok && !report.snapshotTaken, qPrintable(report.error));
    compare(*lagging, *current);

    // A workstation of the role built now: pages older than the log, then the same way back.
    const std::unique_ptr<Store> fresh = byPages(tag + QStringLiteral("-fresh.db"), username);
    QVERIFY(fresh);
    compare(*fresh, *current);
}

QTEST_GUILESS_MAIN(tst_SyncExpiredCursorRoles)
#include "tst_sync_expired_cursor_roles.moc"
