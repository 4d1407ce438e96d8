// Issue 13, F31 (docs/RELIABILITY.md): a row the server makes itself - an opportunity its
// event rules file into the branch's log - is in no workstation's outbox. A server restored
// from a backup taken before it made one lost it, while the desks that pulled it kept it and
// acted on it: a fresh desk never got the row and held their follow-through and an
// erasure's delete for good. Through a real branchdesk-server (a feed's event, POST
// /v1/events), a real backup and restore (tests/common/ServerBackup.h) and real workstation
// files; on both stores (tst_sync_server_made_rows_postgres).
#include "../common/EventFeed.h"
#include "../common/RecordedRows.h"
#include "../common/ServerBackup.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/server/ServerStore.h"
#include "app/services/opportunities/OpportunityFollowThrough.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("server-made-pass-1");

} // namespace

class tst_SyncServerMadeRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void followThroughOfALostOpportunityReachesAFreshDesk();
    void erasureOfALostOpportunityReachesAFreshDesk();
    void anOpportunityTheServerKeptIsFiledOnce();
    void aBirthdayLostInARestoreIsNotSweptAgain();

private:
    SyncEngine::Report sync(Store &store, const QString &username);
    // Every desk syncs twice in turn: the first round of each finds the new epoch and
    // downloads, the second sends the outbox (and the copies) back.
    bool settle();
    // A customer in the manager's book made at the head's desk, known to every desk; its id.
    QString addCustomer(const QString &cif, const QString &name, const QDate &born = {});
    int post(const QJsonArray &events);
    // Every opportunity row of the desk, all columns but each copy's own bookkeeping.
    static QStringList opportunityRows(Store &store);
    static int held(Store &store);
    // The changes the server refused (every refusal is printed).
    static int refused(Store &store);
    // How often the server's log of the branch files the row `rowId`.
    int filedInTheLog(const QString &rowId);
    // A new desk of the branch after two sync rounds: what the server holds.
    std::unique_ptr<Store> freshDesk();

    test::SyncServerFixture m_server{
            test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head;    // the branch head's desk (makes the customers)
    std::unique_ptr<Store> m_manager; // the customers' manager's desk
    QString m_branchId;
    QString m_headUser;
    QString m_managerUser;
    QString m_managerId;
    QByteArray m_feedKey;
    int m_case = 0;
};

SyncEngine::Report tst_SyncServerMadeRows::sync(Store &store, const QString &username)
{
    return m_branch.sync(store, username, kPassword, 10000);
}

bool tst_SyncServerMadeRows::settle()
{
    for (int round = 0; round < 2; ++round) {
        for (Store *store : {m_head.get(), m_manager.get()}) {
            const auto report = sync(*store, store == m_head.get() ? m_headUser : m_managerUser);
            if (!report.ok) {
                qWarning("sync failed: %s", qPrintable(report.error));
                return false;
            }
        }
    }
    return true;
}

int tst_SyncServerMadeRows::post(const QJsonArray &events)
{
    return test::postEvents(m_server, events, m_feedKey).status;
}

QStringList tst_SyncServerMadeRows::opportunityRows(Store &store)
{
    QStringList rows;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT * FROM opportunity ORDER BY id")))
        return {QStringLiteral("no table opportunity")};
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList values;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column != QLatin1String("updated_at") && column != QLatin1String("version"))
                values << column + QLatin1Char('=') + record.value(i).toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

int tst_SyncServerMadeRows::held(Store &store)
{
    QSqlQuery waiting(store.database());
    waiting.exec(QStringLiteral("SELECT table_name, reason, change_json FROM sync_held_change"));
    while (waiting.next()) // what waits, and why: printed for the one who reads a failure
        qInfo("held: %s: %s %s", qPrintable(waiting.value(0).toString()),
              qPrintable(waiting.value(1).toString()), qPrintable(waiting.value(2).toString()));
    return test::scalar(store, QStringLiteral("SELECT count(*) FROM sync_held_change")).toInt();
}

int tst_SyncServerMadeRows::refused(Store &store)
{
    QSqlQuery refusals(store.database());
    refusals.exec(QStringLiteral("SELECT table_name, refused_reason FROM sync_outbox "
                                 "WHERE refused_reason IS NOT NULL"));
    while (refusals.next())
        qInfo("refused: %s: %s", qPrintable(refusals.value(0).toString()),
              qPrintable(refusals.value(1).toString()));
    // Every refusal counts: since F32 a wealth manager's desk that follows an erasure no
    // longer records the opportunity's blanking and delete its role may not send.
    return test::scalar(store, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                              "refused_reason IS NOT NULL"))
            .toInt();
}

void tst_SyncServerMadeRows::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
}

void tst_SyncServerMadeRows::init()
{
    // A branch of its own per case, with a head and a wealth manager on the server.
    m_branch.startCase();
    ++m_case;
    const QString code = QStringLiteral("3131%1").arg(m_case, 2, 10, QLatin1Char('0'));
    m_branchId = m_branch.addBranch(code);
    QVERIFY(!m_branchId.isEmpty());
    m_headUser = QStringLiteral("head") + code;
    m_managerUser = QStringLiteral("wm") + code;
    QVERIFY(m_server.addAccount(m_headUser, m_branchId, StaffRole::BranchHead, kPassword));
    QVERIFY(m_server.addAccount(m_managerUser, m_branchId, StaffRole::WealthManager, kPassword));
    m_head = m_branch.openWorkstation(QStringLiteral("head"));
    m_manager = m_branch.openWorkstation(QStringLiteral("manager"));
    QVERIFY(m_head && m_manager);
    m_managerId = Uuid7Generator::generate();
    QVERIFY(test::SyncBranchFixture::addManagerToDesks(
            { m_head.get(), m_manager.get() }, m_managerId, m_branchId, m_managerUser, kPassword));
}

void tst_SyncServerMadeRows::cleanup()
{
    m_head.reset();
    m_manager.reset();
    m_branch.endCase();
}

QString tst_SyncServerMadeRows::addCustomer(const QString &cif, const QString &name,
                                            const QDate &born)
{
    QVariantMap more;
    if (born.isValid())
        more.insert(QStringLiteral("birth_date"), born.toString(Qt::ISODate));
    const QString id = test::insertConsentingCustomer(*m_head, m_branchId, m_managerId, cif, name,
                                                      more);
    if (id.isEmpty())
        return {};
    return settle() ? id : QString();
}

int tst_SyncServerMadeRows::filedInTheLog(const QString &rowId)
{
    ServerStore store;
    if (!store.open(m_server.settings()))
        return -1;
    const auto changes = store.changeLog().after(BranchId(m_branchId), 0, 1000000);
    if (!changes)
        return -1;
    int filed = 0;
    for (const SyncChange &change : *changes)
        filed += change.table == QLatin1String("opportunity") && change.rowId == rowId
                && change.baseVersion == 0 ? 1 : 0;
    return filed;
}

std::unique_ptr<Store> tst_SyncServerMadeRows::freshDesk()
{
    auto fresh = m_branch.openWorkstation(QStringLiteral("fresh"));
    if (!fresh
        || !test::SyncBranchFixture::addManagerToDesks({ fresh.get() }, m_managerId, m_branchId,
                                                       m_managerUser, kPassword))
        return nullptr;
    for (int round = 0; fresh && round < 2; ++round) {
        if (const auto report = sync(*fresh, m_headUser); !report.ok) {
            qWarning("the fresh desk's sync failed: %s", qPrintable(report.error));
            return nullptr;
        }
    }
    return fresh;
}

// The server makes an opportunity after its backup; both desks pull it and the manager
// calls the customer. The server goes back to the backup: the desks send the row back, so
// a fresh desk gets it, with the call, and holds nothing (before F31's fix it had no row and
// held the call's change for good).
void tst_SyncServerMadeRows::followThroughOfALostOpportunityReachesAFreshDesk()
{
    const QString cif = QStringLiteral("C31310000001");
    QVERIFY(!addCustomer(cif, QStringLiteral("钱客户")).isEmpty());
    test::ServerBackup backup(m_server);
    QVERIFY(backup.take(m_branch.folder()));
    const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    QCOMPARE(post({test::transferEvent(QStringLiteral("f31-call"), cif, at)}), 200);
    QVERIFY(settle());
    QCOMPARE(opportunityRows(*m_manager).size(), 1);
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(m_managerUser, kPassword).session;
    QVERIFY(manager);
    const OpportunityId id(
            test::scalar(*m_manager, QStringLiteral("SELECT id FROM opportunity")).toString());
    const Result<> called = OpportunityFollowThrough(*m_manager, *manager)
                                    .contacted(id, OpportunityOutcome::Interested,
                                               QDateTime::currentDateTimeUtc());
    QVERIFY2(called, qPrintable(called.errorString()));
    QVERIFY(settle());
    QCOMPARE(opportunityRows(*m_head), opportunityRows(*m_manager));

    QVERIFY2(backup.restoreAndRestart(), qPrintable(m_server.errorString()));
    QCOMPARE(filedInTheLog(id.toString()), 0); // the restore took the server's insert away
    QVERIFY(settle());
    const auto fresh = freshDesk();
    QVERIFY(fresh);
    QCOMPARE(held(*fresh), 0);
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_head));
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_manager));
    QCOMPARE(test::scalar(*fresh, QStringLiteral("SELECT status || '|' || outcome FROM opportunity"))
                     .toString(),
             QStringLiteral("contacted|interested"));
    QCOMPARE(refused(*m_head) + refused(*m_manager), 0);
    QCOMPARE(filedInTheLog(id.toString()), 1); // both desks sent it: one change
}

// The same with the customer's erasure after the opportunity came: a fresh desk gets the
// tombstone, blanked, and holds nothing (before: the erasure's blanking and delete of the
// opportunity were held for good).
void tst_SyncServerMadeRows::erasureOfALostOpportunityReachesAFreshDesk()
{
    const QString cif = QStringLiteral("C31310000002");
    const QString customer = addCustomer(cif, QStringLiteral("孙客户"));
    QVERIFY(!customer.isEmpty());
    test::ServerBackup backup(m_server);
    QVERIFY(backup.take(m_branch.folder()));
    QCOMPARE(post({test::transferEvent(QStringLiteral("f31-erasure"), cif,
                               QDateTime::currentDateTimeUtc().addSecs(-60))}),
             200);
    QVERIFY(settle());
    QCOMPARE(opportunityRows(*m_head).size(), 1);
    {
        Transaction transaction(m_head->database());
        QVERIFY(CustomerDataSweep(*m_head).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    QVERIFY(settle());
    QCOMPARE(test::scalar(*m_manager, QStringLiteral("SELECT deleted FROM opportunity")).toInt(), 1);

    QVERIFY2(backup.restoreAndRestart(), qPrintable(m_server.errorString()));
    QVERIFY(settle());
    const auto fresh = freshDesk();
    QVERIFY(fresh);
    QCOMPARE(held(*fresh), 0);
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_head));
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_manager));
    QCOMPARE(test::scalar(*fresh, QStringLiteral("SELECT deleted || reason_json FROM opportunity"))
                     .toString(),
             QStringLiteral("1{}"));
    QCOMPARE(refused(*m_head) + refused(*m_manager), 0);
}

// An opportunity made before the backup is still in the restored server's log: the desks'
// copies are answered as duplicates and filed nowhere a second time.
void tst_SyncServerMadeRows::anOpportunityTheServerKeptIsFiledOnce()
{
    const QString cif = QStringLiteral("C31310000003");
    QVERIFY(!addCustomer(cif, QStringLiteral("李客户")).isEmpty());
    QCOMPARE(post({test::transferEvent(QStringLiteral("f31-kept"), cif,
                               QDateTime::currentDateTimeUtc().addSecs(-60))}),
             200);
    QVERIFY(settle());
    const QString id = test::scalar(*m_head, QStringLiteral("SELECT id FROM opportunity")).toString();
    QCOMPARE(filedInTheLog(id), 1);
    test::ServerBackup backup(m_server);
    QVERIFY(backup.take(m_branch.folder()));
    QVERIFY2(backup.restoreAndRestart(), qPrintable(m_server.errorString()));
    QVERIFY(settle());
    QCOMPARE(filedInTheLog(id), 1);
    QCOMPARE(refused(*m_head) + refused(*m_manager), 0);
    const auto fresh = freshDesk();
    QVERIFY(fresh);
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_head));
}

// The birthday sweep (at the server's start and hourly) raises a customer's birthday after the
// backup; the restore takes the opportunity and the server's record of its firing away. The
// desks send the opportunity back, and the server's rule history, which follows its log
// (CustomerFacts), has the firing again: its next sweep raises nothing (before: a second
// birthday opportunity under a new id on every desk, the sweep's event time being its own;
// the fault run's "A has 2 rows" of F31).
void tst_SyncServerMadeRows::aBirthdayLostInARestoreIsNotSweptAgain()
{
    test::ServerBackup backup(m_server);
    QVERIFY(backup.take(m_branch.folder()));
    const QDate tomorrow = QDate::currentDate().addDays(1);
    QVERIFY(!addCustomer(QStringLiteral("C31310000004"), QStringLiteral("周客户"),
                         QDate(1980, tomorrow.month(), tomorrow.day()))
                     .isEmpty());
    const QString birthdays = QStringLiteral("SELECT count(*) FROM opportunity WHERE "
                                             "event_kind = 'birthday'");
    m_server.stopServer();
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString())); // the sweep at start
    QVERIFY(settle());
    QCOMPARE(test::scalar(*m_head, birthdays).toInt(), 1);

    QVERIFY2(backup.restoreAndRestart(), qPrintable(m_server.errorString()));
    QVERIFY(settle());
    m_server.stopServer();
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString())); // swept again
    QVERIFY(settle());
    QCOMPARE(test::scalar(*m_head, birthdays).toInt(), 1);
    const auto fresh = freshDesk();
    QVERIFY(fresh);
    QCOMPARE(held(*fresh), 0);
    QCOMPARE(opportunityRows(*fresh), opportunityRows(*m_head));
}

QTEST_GUILESS_MAIN(tst_SyncServerMadeRows)
#include "tst_sync_server_made_rows.moc"
