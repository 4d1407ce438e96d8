// Issue #17, delivery: an event a core-banking feed posts to a real branchdesk-server (a
// service account's key, POST /v1/events) becomes an opportunity that every workstation of
// the branch gets through a normal sync, once - even when the feed sends the same event
// twice or an earlier one late - and a workstation that was offline gets it at its next
// sync. The server's embedded SQLite store; delivery is on by default. After the sync,
// `branchdesk-admin opportunities --json --user NAME` lists the manager's open ones.
#include "../common/EventFeed.h"
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "../common/TableWalks.h"
#include "app/domain/Uuid7.h"
#include "app/services/opportunities/OpportunityFollowThrough.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QJsonArray>
#include <QProcess>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("opportunity-pass-1");
const QString kCif = QStringLiteral("C31020000001");

QJsonObject transferOut(const QString &id, const QDateTime &at)
{
    return test::transferEvent(id, kCif, at);
}
} // namespace

class tst_SyncOpportunities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEventReachesEveryWorkstationOnce();
    void theSameEventTwiceOrAnEarlierOneLateMakesNoSecond();
    void anOfflineWorkstationGetsItAtItsNextSync();
    void theCommandLineListsTheManagersOpenOnes();
    void theFollowThroughReachesTheOtherDesks();
    void aRoundThatPullsAnOpportunityReadsNoCustomerTableWhole();
    void anErasedCustomersOpportunityGoesToo();

private:
    SyncEngine::Report sync(Store &store, const QString &username);
    int post(const QJsonArray &events);
    QString addCustomer(const QString &cif, const QString &name);
    static QStringList opportunities(Store &store);

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_head;    // the branch head's desk (made the customer)
    std::unique_ptr<Store> m_manager; // the customer's manager's desk
    std::unique_ptr<Store> m_offline; // a desk switched off until the last case
    QString m_branchId;
    QString m_customerId;
    QString m_managerId;
    QByteArray m_feedKey;
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addSecs(-60);
};

SyncEngine::Report tst_SyncOpportunities::sync(Store &store, const QString &username)
{
    return m_branch.sync(store, username, kPassword, 10000);
}

// A customer of the manager's, agreeing to be told of offers, made on the head's desk; the
// id, or empty if it was not written.
QString tst_SyncOpportunities::addCustomer(const QString &cif, const QString &name)
{
    return test::insertConsentingCustomer(*m_head, m_branchId, m_managerId, cif, name);
}

int tst_SyncOpportunities::post(const QJsonArray &events)
{
    return test::postEvents(m_server, events, m_feedKey).status;
}

// "customer_id|assigned_to|status|deadline set", one per live opportunity.
QStringList tst_SyncOpportunities::opportunities(Store &store)
{
    QStringList rows;
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT customer_id, assigned_to, status, deadline_at, rule_id "
                                   "FROM opportunity WHERE deleted = 0 ORDER BY id")))
        return {QStringLiteral("no table opportunity")};
    while (query.next())
        rows << QStringList{query.value(0).toString(), query.value(1).toString(),
                            query.value(2).toString(),
                            query.value(3).toString().isEmpty() ? QStringLiteral("no deadline")
                                                                : QStringLiteral("deadline"),
                            query.value(4).toString()}
                        .join(QLatin1Char('|'));
    return rows;
}

void tst_SyncOpportunities::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    m_branchId = m_branch.addBranch(QStringLiteral("310200"));
    QVERIFY(!m_branchId.isEmpty());
    QVERIFY(m_server.addAccount(QStringLiteral("head"), m_branchId, StaffRole::BranchHead, kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("wm"), m_branchId, StaffRole::WealthManager, kPassword));
    m_head = m_branch.openWorkstation(QStringLiteral("head"));
    m_manager = m_branch.openWorkstation(QStringLiteral("manager"));
    m_offline = m_branch.openWorkstation(QStringLiteral("offline"));
    QVERIFY(m_head && m_manager && m_offline);
    m_managerId = Uuid7Generator::generate();
    QVERIFY(test::SyncBranchFixture::addManagerToDesks(
            { m_head.get(), m_manager.get(), m_offline.get() }, m_managerId, m_branchId,
            QStringLiteral("wm"), kPassword));
    // The customer, in the manager's book, agreeing to be told of offers.
    m_customerId = addCustomer(kCif, QStringLiteral("赵客户"));
    QVERIFY(!m_customerId.isEmpty());
    for (Store *store : {m_head.get(), m_manager.get(), m_offline.get()}) {
        const auto report = sync(*store, store == m_head.get() ? QStringLiteral("head")
                                                               : QStringLiteral("wm"));
        QVERIFY2(report.ok, qPrintable(report.error));
    }
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
}

void tst_SyncOpportunities::anEventReachesEveryWorkstationOnce()
{
    QCOMPARE(post({transferOut(QStringLiteral("core-tx-1"), m_now)}), 200);
    const QString expected = QStringList{m_customerId, m_managerId, QStringLiteral("open"),
                                         QStringLiteral("deadline"),
                                         QStringLiteral("large_transfer_out")}
                                     .join(QLatin1Char('|'));
    for (Store *store : {m_manager.get(), m_head.get()}) {
        const auto report = sync(*store, store == m_head.get() ? QStringLiteral("head")
                                                               : QStringLiteral("wm"));
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(opportunities(*store), QStringList{expected});
    }
    // The reason says what happened, for the manager's call.
    QSqlQuery reason(m_manager->database());
    QVERIFY(reason.exec(QStringLiteral("SELECT reason_json FROM opportunity")) && reason.next());
    QVERIFY2(reason.value(0).toString().contains(QLatin1String("6000000")),
             qPrintable(reason.value(0).toString()));
    // A second sync brings nothing new.
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QCOMPARE(opportunities(*m_manager).size(), 1);
}

void tst_SyncOpportunities::theSameEventTwiceOrAnEarlierOneLateMakesNoSecond()
{
    // The feed retries the batch, and an earlier transfer inside the rule's window arrives late.
    QCOMPARE(post({transferOut(QStringLiteral("core-tx-1"), m_now),
                   transferOut(QStringLiteral("core-tx-0"), m_now.addDays(-2))}),
             200);
    QCOMPARE(post({transferOut(QStringLiteral("core-tx-1"), m_now)}), 200);
    for (Store *store : {m_manager.get(), m_head.get()}) {
        QVERIFY(sync(*store, store == m_head.get() ? QStringLiteral("head") : QStringLiteral("wm")).ok);
        QCOMPARE(opportunities(*store).size(), 1);
    }
}

void tst_SyncOpportunities::anOfflineWorkstationGetsItAtItsNextSync()
{
    // Switched off since before the first event; its next sync brings the one opportunity.
    QCOMPARE(opportunities(*m_offline), QStringList());
    const auto report = sync(*m_offline, QStringLiteral("wm"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(opportunities(*m_offline), opportunities(*m_manager));
    QCOMPARE(opportunities(*m_offline).size(), 1);
}

void tst_SyncOpportunities::theCommandLineListsTheManagersOpenOnes()
{
    QProcess admin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    admin.setProcessEnvironment(environment);
    admin.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY),
                {QStringLiteral("opportunities"), QStringLiteral("--json"), QStringLiteral("--user"),
                 QStringLiteral("wm"), QStringLiteral("--db"),
                 m_branch.filePath(QStringLiteral("manager.db"))});
    QVERIFY(admin.waitForFinished(60000));
    const QByteArray errors = admin.readAllStandardError();
    QCOMPARE(admin.exitCode(), 0);
    const QJsonObject listed = QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
    QVERIFY2(!listed.value(QStringLiteral("last_sync")).toString().isEmpty(), errors.constData());
    const QJsonArray open = listed.value(QStringLiteral("opportunities")).toArray();
    QCOMPARE(open.size(), 1);
    const QJsonObject first = open.first().toObject();
    const QJsonObject customer = first.value(QStringLiteral("customer")).toObject();
    QCOMPARE(customer.value(QStringLiteral("id")).toString(), m_customerId);
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("赵客户"));
    QCOMPARE(customer.value(QStringLiteral("cif_no")).toString(), kCif);
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("large_transfer_out"));
    // The reason names the amount that left; the deadline is the rule's 24 hours.
    QVERIFY2(first.value(QStringLiteral("reason")).toString().contains(QLatin1String("60,000")),
             qPrintable(first.value(QStringLiteral("reason")).toString()));
    const QDateTime created = QDateTime::fromString(
            first.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    const QDateTime deadline = QDateTime::fromString(
            first.value(QStringLiteral("deadline")).toString(), Qt::ISODateWithMs);
    QVERIFY(created.isValid() && deadline.isValid());
    QCOMPARE(created.secsTo(deadline), 24 * 3600);
}

void tst_SyncOpportunities::theFollowThroughReachesTheOtherDesks()
{
    // The manager sees it in Today, calls, and the customer is interested: the branch head's
    // desk knows who saw it when, who called when, and what came of it.
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    const OpportunityId id(test::scalar(*m_manager, QStringLiteral("SELECT id FROM opportunity"))
                                   .toString());
    const QDateTime seenAt = QDateTime::currentDateTimeUtc();
    OpportunityFollowThrough followThrough(*m_manager, *manager);
    QCOMPARE(followThrough.seen({id}, seenAt).valueOr(-1), 1);
    QCOMPARE(followThrough.seen({id}, seenAt.addSecs(60)).valueOr(-1), 0); // the first sight stays
    const QDateTime calledAt = seenAt.addSecs(600);
    const Result<> called = followThrough.contacted(id, OpportunityOutcome::Interested, calledAt);
    QVERIFY2(called, qPrintable(called.errorString()));
    const auto pushed = sync(*m_manager, QStringLiteral("wm"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(test::scalar(*m_manager, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                                     "pushed_at IS NULL")).toInt(),
             0);
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT seen_by || '|' || seen_at || '|' || "
                                                  "contacted_by || '|' || contacted_at || '|' || "
                                                  "outcome || '|' || status FROM opportunity"))
                     .toString(),
             QStringList({m_managerId, seenAt.toString(Qt::ISODateWithMs), m_managerId,
                          calledAt.toString(Qt::ISODateWithMs), QStringLiteral("interested"),
                          QStringLiteral("contacted")})
                     .join(QLatin1Char('|')));
    // Contacted 10 minutes after it came, well within its 24 hours.
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT contacted_at <= deadline_at FROM "
                                                  "opportunity")).toInt(),
             1);
}

void tst_SyncOpportunities::aRoundThatPullsAnOpportunityReadsNoCustomerTableWhole()
{
    // Event -> Today at a branch of 1,000,000 customers (bench_event_to_today): the round
    // that brings the opportunity ran two statements that read every customer whatever the
    // round pulled (is any customer here erased; which customers are of another branch), 2-3
    // of the round's seconds. Another customer of the manager's, then their transfer out:
    // the manager's round pulls the opportunity and looks customers up by id only.
    const QString cif = QStringLiteral("C31020000002");
    QVERIFY(!addCustomer(cif, QStringLiteral("钱客户")).isEmpty());
    QVERIFY(sync(*m_head, QStringLiteral("head")).ok);
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    QCOMPARE(post({test::transferEvent(QStringLiteral("core-tx-walk"), cif, m_now)}), 200);
    QVERIFY(test::planAsForALargeBranch(*m_manager, QStringLiteral("customer"), 1000000));
    test::TableWalks walks(*m_manager);
    const auto report = sync(*m_manager, QStringLiteral("wm"));
    walks.stop();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pulled, 1);
    QVERIFY(walks.statements().size() > 10);
    const QStringList whole = walks.of(QStringLiteral("customer"), {QStringLiteral("c")});
    QVERIFY2(whole.isEmpty(), qPrintable(whole.join(QLatin1Char('\n'))));
}

void tst_SyncOpportunities::anErasedCustomersOpportunityGoesToo()
{
    // The branch head erases the customer: the opportunity's reason (the amount, the
    // channel) is blanked and the row tombstoned on every desk; the server takes both.
    {
        Transaction transaction(m_head->database());
        QVERIFY(CustomerDataSweep(*m_head).erase(CustomerId(m_customerId)));
        QVERIFY(transaction.commit());
    }
    const auto pushed = sync(*m_head, QStringLiteral("head"));
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(test::scalar(*m_head, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL")).toInt(),
             0);
    QVERIFY(sync(*m_manager, QStringLiteral("wm")).ok);
    // (Another customer's opportunity stays: aRoundThatPullsAnOpportunity... made it.)
    QCOMPARE(opportunities(*m_manager).filter(m_customerId), QStringList());
    QCOMPARE(test::scalar(*m_manager, QStringLiteral("SELECT reason_json FROM opportunity "
                                                     "WHERE customer_id = '%1'")
                                              .arg(m_customerId))
                     .toString(),
             QStringLiteral("{}"));
}

QTEST_GUILESS_MAIN(tst_SyncOpportunities)
#include "tst_sync_opportunities.moc"
