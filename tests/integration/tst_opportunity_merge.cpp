// Issue #17, "a de-duplication window per customer and rule": one open opportunity per
// customer, rule and window, whichever desk raised it. Two lobby desks log one customer's
// walk-in before either synced; each fires the rule. Once both synced, every desk holds
// one open: the earlier event's, the other merged into it with any contact made on it.
// Visits outside the window stay two. The teller's counter transfer and core banking's
// report of it (two events, rules and ids) leave one: the server's retention call. A real
// branchdesk-server: embedded SQLite, and PostgreSQL in tst_opportunity_merge_postgres.
#include "../common/EventFeed.h"
#include "../common/RecordedRows.h"
#include "../common/RuleFileSamples.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/domain/Uuid7.h"
#include "app/services/branchfloor/TellerSession.h"
#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/opportunities/OpportunityFollowThrough.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlQuery.h"
#include "database/opportunities/BranchOpportunityQueries.h"
#include "database/opportunities/OpportunityQueries.h"

#include <QTest>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("merge-pass-1");
const QString kRule = QStringLiteral("walk_in_potential_vip"); // 30 days' window
// The teller's transfer as the desk's rule saw it, merged into core banking's retention call.
const QStringList kOneCall{QStringLiteral("counter_large_business|dismissed"),
                           QStringLiteral("large_transfer_out|open")};
} // namespace

class tst_OpportunityMerge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoDesksRaiseOfflineAndEveryDeskEndsWithOne();
    void twoVisitsDaysApartInsideTheWindowStayOne();
    void twoVisitsOutsideTheWindowStayTwo();
    void aContactOnTheClosedOneMovesToTheOneThatStays();
    void theTellersTransferAndCoreBankingsReportOfItAreOne();
    void theTellersTransferAfterCoreBankingsReportPulledIsClosedAtOnce();

private:
    // The teller serves `customer` a counter transfer of `fen` at `at`: the desk's own
    // opportunity (counter_large_business) evaluated on the counter's desk; its id.
    QString counterTransfer(const QString &customer, qint64 fen, const QDateTime &at);
    // Core banking reports the same transfer out at the counter; the server's answer.
    void coreReports(const QString &eventId, const QString &cif, qint64 fen, const QDateTime &at);
    // "rule|status" of the customer's opportunities on `store`, by rule.
    static QStringList rulesOf(Store &store, const QString &customer);
    void sync(Store &store, const QString &username);
    QString addCustomer(const QString &cif);
    // The id of the opportunity a walk-in logged at `at` on `desk` made, evaluated there.
    QString walkIn(Store &desk, const QString &customer, const QDateTime &at);
    // A new customer of the manager's, known to both lobby desks, seen first at `firstDesk`
    // (at m_now) and again at `laterDesk` `apartSecs` later, each desk evaluating before it
    // heard of the other: the customer and the two opportunities' ids.
    struct Visits
    {
        QString customer, first, later;
        bool made() const { return first.size() == 36 && later.size() == 36; }
    };
    Visits seenTwiceOffline(const QString &cif, Store &firstDesk, Store &laterDesk,
                            qint64 apartSecs);
    // "id|status|merged_into" of the customer's opportunities, by id.
    static QStringList rowsOf(Store &store, const QString &customer);
    // The same rows (any order given) on each of `stores`.
    static void expectOn(const QList<Store *> &stores, const QString &customer,
                         QStringList expected);
    QList<Store *> desks() const { return {m_lobbyA.get(), m_lobbyB.get(), m_manager.get(), m_head.get()}; }

    test::SyncServerFixture m_server{test::storeOfThisBuild(test::SyncServerFixture::Driver::Sqlite)};
    test::SyncBranchFixture m_branch{m_server};
    std::unique_ptr<Store> m_lobbyA;  // the lobby manager's desk at the door
    std::unique_ptr<Store> m_lobbyB;  // a second lobby desk, upstairs
    std::unique_ptr<Store> m_manager; // the customers' wealth manager's desk
    std::unique_ptr<Store> m_head;    // the branch head's desk, where customers are made
    std::unique_ptr<Store> m_counter; // the teller's desk
    QByteArray m_feedKey;             // core banking's service account
    QString m_branchId;
    const QString m_managerId = Uuid7Generator::generate();
    const QDateTime m_now = QDateTime::currentDateTimeUtc().addSecs(-600);
};

void tst_OpportunityMerge::sync(Store &store, const QString &username)
{
    const SyncEngine::Report report = m_branch.sync(store, username, kPassword, 10000);
    QVERIFY2(report.ok, qPrintable(report.error));
    // Nothing the merge sent is refused: it is follow-through any of these roles may send.
    QCOMPARE(test::scalar(store, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE "
                                                "refused_reason IS NOT NULL")).toInt(),
             0);
}

QString tst_OpportunityMerge::addCustomer(const QString &cif)
{
    return test::insertConsentingCustomer(*m_head, m_branchId, m_managerId, cif,
                                          QStringLiteral("钱客户"));
}

QString tst_OpportunityMerge::walkIn(Store &desk, const QString &customer, const QDateTime &at)
{
    const Result<QString> raised
            = DeskEventEvaluation::raise(desk, test::potentialVipWalkIn(customer, at), at);
    if (!raised)
        return QStringLiteral("not raised: ") + raised.errorString();
    const auto report = DeskEventEvaluation::evaluatePending(desk, at);
    if (!report || report->opportunities != 1)
        return QStringLiteral("no opportunity");
    return test::scalar(desk, QStringLiteral("SELECT id FROM opportunity WHERE event_id = ?"),
                        {*raised})
            .toString();
}

QStringList tst_OpportunityMerge::rowsOf(Store &store, const QString &customer)
{
    QStringList rows;
    SqlQuery::selectEach(store.database(),
                         QStringLiteral("SELECT id, status, COALESCE(merged_into, '') FROM "
                                        "opportunity WHERE customer_id = ? AND deleted = 0 "
                                        "ORDER BY id"),
                         {customer}, [&rows](const SqlQuery &row) {
                             rows << QStringList{row.text(0), row.text(1), row.text(2)}.join(
                                     QLatin1Char('|'));
                         });
    return rows;
}

tst_OpportunityMerge::Visits tst_OpportunityMerge::seenTwiceOffline(const QString &cif,
                                                                   Store &firstDesk,
                                                                   Store &laterDesk,
                                                                   qint64 apartSecs)
{
    Visits visits;
    visits.customer = addCustomer(cif);
    sync(*m_head, QStringLiteral("head"));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    visits.first = walkIn(firstDesk, visits.customer, m_now);
    visits.later = walkIn(laterDesk, visits.customer, m_now.addSecs(apartSecs));
    return visits;
}

void tst_OpportunityMerge::expectOn(const QList<Store *> &stores, const QString &customer,
                                    QStringList expected)
{
    expected.sort();
    for (Store *store : stores)
        QCOMPARE(rowsOf(*store, customer), expected);
}

void tst_OpportunityMerge::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_branch.startCase();
    m_branchId = m_branch.addBranch(QStringLiteral("310500"));
    QVERIFY(!m_branchId.isEmpty());
    QVERIFY(m_server.addAccount(QStringLiteral("head"), m_branchId, StaffRole::BranchHead, kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("wm"), m_branchId, StaffRole::WealthManager, kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("lobby"), m_branchId, StaffRole::LobbyManager,
                                kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("lobby2"), m_branchId, StaffRole::LobbyManager,
                                kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("teller"), m_branchId, StaffRole::Teller, kPassword));
    QString said;
    m_feedKey = test::addServiceAccount(m_server, &said);
    QVERIFY2(!m_feedKey.isEmpty(), qPrintable(said));
    m_lobbyA = m_branch.openWorkstation(QStringLiteral("lobby-a"));
    m_lobbyB = m_branch.openWorkstation(QStringLiteral("lobby-b"));
    m_manager = m_branch.openWorkstation(QStringLiteral("manager"));
    m_head = m_branch.openWorkstation(QStringLiteral("head"));
    m_counter = m_branch.openWorkstation(QStringLiteral("counter"));
    QVERIFY(m_counter);
    QVERIFY(test::SyncBranchFixture::addToRoster(
            *m_counter, {Uuid7Generator::generate(), m_branchId, QStringLiteral("teller"),
                         QStringLiteral("吴柜员"), QStringLiteral("teller"),
                         PasswordHasher::hash(kPassword)}));
    const QList<Store *> every = desks() << m_counter.get();
    for (Store *store : every) {
        QVERIFY(store);
        QVERIFY(test::SyncBranchFixture::addToRoster(
                *store, {m_managerId, m_branchId, QStringLiteral("wm"), QStringLiteral("孙经理"),
                         QStringLiteral("wealth_manager"), PasswordHasher::hash(kPassword)}));
    }
}

void tst_OpportunityMerge::twoDesksRaiseOfflineAndEveryDeskEndsWithOne()
{
    // The customer is seen at both desks a minute apart; neither desk has synced since, so
    // each fires the rule. The upstairs desk saw them first but syncs last.
    const Visits visits = seenTwiceOffline(QStringLiteral("C31050000001"), *m_lobbyB, *m_lobbyA, 60);
    QVERIFY2(visits.made(), qPrintable(visits.first + visits.later));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_manager, QStringLiteral("wm"));
    sync(*m_head, QStringLiteral("head"));
    // The same two rows on every desk: the first visit's open, the second's merged into it.
    expectOn(desks(), visits.customer,
             {visits.first + QStringLiteral("|open|"),
              visits.later + QStringLiteral("|dismissed|") + visits.first});
    // The manager's Today lists one.
    const auto today = OpportunityQueries(*m_manager).openFor(StaffId(m_managerId), false);
    QVERIFY(today);
    QCOMPARE(today->size(), 1);
}

void tst_OpportunityMerge::twoVisitsDaysApartInsideTheWindowStayOne()
{
    // Two visits four days apart, each logged on a desk that had not heard of the other:
    // inside the rule's 30 days, so one opportunity for the window, the first visit's.
    const Visits visits
            = seenTwiceOffline(QStringLiteral("C31050000002"), *m_lobbyA, *m_lobbyB, 4 * 86400);
    QVERIFY2(visits.made(), qPrintable(visits.first + visits.later));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_manager, QStringLiteral("wm"));
    expectOn({m_lobbyA.get(), m_lobbyB.get(), m_manager.get()}, visits.customer,
             {visits.first + QStringLiteral("|open|"),
              visits.later + QStringLiteral("|dismissed|") + visits.first});
}

void tst_OpportunityMerge::twoVisitsOutsideTheWindowStayTwo()
{
    // 31 days apart: two windows, two opportunities, on every desk.
    const Visits visits
            = seenTwiceOffline(QStringLiteral("C31050000003"), *m_lobbyA, *m_lobbyB, 31 * 86400);
    QVERIFY2(visits.made(), qPrintable(visits.first + visits.later));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_manager, QStringLiteral("wm"));
    expectOn({m_lobbyA.get(), m_lobbyB.get(), m_manager.get()}, visits.customer,
             {visits.first + QStringLiteral("|open|"), visits.later + QStringLiteral("|open|")});
}

void tst_OpportunityMerge::aContactOnTheClosedOneMovesToTheOneThatStays()
{
    // The door's desk logs the visit and stays offline. The upstairs desk logs the same
    // customer an hour later and syncs; the manager sees that one in Today and calls: the
    // customer is interested. When the door's desk syncs, its earlier one is the one that
    // stays - with the manager's first sight and call on it, nothing of them lost.
    const Visits visits = seenTwiceOffline(QStringLiteral("C31050000004"), *m_lobbyA, *m_lobbyB, 3600);
    QVERIFY2(visits.made(), qPrintable(visits.first + visits.later));
    const QString &first = visits.first, &later = visits.later;
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_manager, QStringLiteral("wm"));
    const std::optional<Session> manager
            = AuthService(*m_manager).signIn(QStringLiteral("wm"), kPassword).session;
    QVERIFY(manager);
    OpportunityFollowThrough followThrough(*m_manager, *manager);
    const QDateTime seenAt = m_now.addSecs(4000);
    const QDateTime calledAt = m_now.addSecs(5000);
    QCOMPARE(followThrough.seen({OpportunityId(later)}, seenAt).valueOr(-1), 1);
    const Result<> called
            = followThrough.contacted(OpportunityId(later), OpportunityOutcome::Interested, calledAt);
    QVERIFY2(called, qPrintable(called.errorString()));
    sync(*m_manager, QStringLiteral("wm"));
    sync(*m_lobbyA, QStringLiteral("lobby"));
    sync(*m_manager, QStringLiteral("wm"));
    sync(*m_lobbyB, QStringLiteral("lobby2"));
    sync(*m_head, QStringLiteral("head"));
    const QString followed = QStringList{m_managerId, seenAt.toString(Qt::ISODateWithMs),
                                         m_managerId, calledAt.toString(Qt::ISODateWithMs),
                                         QStringLiteral("interested"), QStringLiteral("contacted")}
                                     .join(QLatin1Char('|'));
    for (Store *desk : desks()) {
        QCOMPARE(test::scalar(*desk, QStringLiteral("SELECT seen_by || '|' || seen_at || '|' || "
                                                    "contacted_by || '|' || contacted_at || '|' "
                                                    "|| outcome || '|' || status FROM "
                                                    "opportunity WHERE id = ?"),
                              {first})
                         .toString(),
                 followed);
        QCOMPARE(test::scalar(*desk, QStringLiteral("SELECT status || '|' || merged_into FROM "
                                                    "opportunity WHERE id = ?"),
                              {later})
                         .toString(),
                 QStringLiteral("dismissed|") + first);
    }
    // The head's "what each rule did": one customer interested, contacted in time - once,
    // not again for the closed copy that carried the call before.
    const auto figures = BranchOpportunityQueries(*m_head).perRule(m_now.addDays(-1));
    QVERIFY2(figures, qPrintable(figures.errorString()));
    const auto walkIns = std::find_if(figures->cbegin(), figures->cend(),
                                      [](const RuleFigures &f) { return f.ruleId == kRule; });
    QVERIFY(walkIns != figures->cend());
    QCOMPARE(walkIns->interested, 1);
    QCOMPARE(walkIns->contactedInTime, 1);
    QCOMPARE(walkIns->fired,
             test::scalar(*m_head, QStringLiteral("SELECT count(DISTINCT COALESCE(merged_into, id)) "
                                                  "FROM opportunity WHERE rule_id = ?"), {kRule})
                     .toInt());
}

QString tst_OpportunityMerge::counterTransfer(const QString &customer, qint64 fen,
                                             const QDateTime &at)
{
    const std::optional<Session> teller
            = AuthService(*m_counter).signIn(QStringLiteral("teller"), kPassword).session;
    if (!teller)
        return QStringLiteral("the teller could not sign in");
    TellerSession counter(*m_counter, *teller, [at] { return at; });
    if (!counter.start(CustomerId(customer), QStringLiteral("transfer")))
        return QStringLiteral("no counter service");
    counter.assess(Money::fromFen(fen), false);
    const auto report = DeskEventEvaluation::evaluatePending(*m_counter, at);
    if (!report || report->opportunities != 1)
        return QStringLiteral("no opportunity");
    return test::scalar(*m_counter, QStringLiteral("SELECT id FROM opportunity WHERE customer_id "
                                                   "= ? AND origin = 'desk'"), {customer})
            .toString();
}

void tst_OpportunityMerge::coreReports(const QString &eventId, const QString &cif, qint64 fen,
                                       const QDateTime &at)
{
    QJsonObject event = test::transferEvent(eventId, cif, at, double(fen));
    event.insert(QStringLiteral("channel"), QStringLiteral("counter"));
    const auto answer = test::postEvents(m_server, QJsonArray{event}, m_feedKey);
    QCOMPARE(answer.status, 200); // and one retention call made:
    QCOMPARE(answer.body.value(QStringLiteral("opportunities")).toInt(), 1);
}

QStringList tst_OpportunityMerge::rulesOf(Store &store, const QString &customer)
{
    QStringList rows;
    SqlQuery::selectEach(store.database(),
                         QStringLiteral("SELECT rule_id, status FROM opportunity WHERE "
                                        "customer_id = ? AND deleted = 0 ORDER BY rule_id"),
                         {customer}, [&rows](const SqlQuery &row) {
                             rows << row.text(0) + QLatin1Char('|') + row.text(1);
                         });
    return rows;
}

void tst_OpportunityMerge::theTellersTransferAndCoreBankingsReportOfItAreOne()
{
    // The teller serves a 15万 transfer out at the counter (the desk's rule: a wealth talk);
    // two minutes later core banking reports the same transfer to the server (its rule: a
    // retention call within 24 h). Different event ids, different rules: matched by
    // customer, amount, direction and time. The manager has one call to make.
    const QString cif = QStringLiteral("C31050000005");
    const QString customer = addCustomer(cif);
    QVERIFY(!customer.isEmpty());
    sync(*m_head, QStringLiteral("head"));
    sync(*m_counter, QStringLiteral("teller"));
    const QString desks = counterTransfer(customer, 15'000'000, m_now);
    QVERIFY2(desks.size() == 36, qPrintable(desks));
    coreReports(QStringLiteral("core-tx-5"), cif, 15'000'000, m_now.addSecs(120));
    sync(*m_counter, QStringLiteral("teller"));
    sync(*m_manager, QStringLiteral("wm"));
    for (Store *desk : {m_counter.get(), m_manager.get()}) {
        QCOMPARE(rulesOf(*desk, customer), kOneCall);
        QCOMPARE(test::scalar(*desk, QStringLiteral("SELECT o.rule_id FROM opportunity d JOIN "
                                                    "opportunity o ON o.id = d.merged_into "
                                                    "WHERE d.id = ?"), {desks})
                         .toString(),
                 QStringLiteral("large_transfer_out"));
    }
    // The manager's Today lists the retention call for this customer, nothing else.
    const auto today = OpportunityQueries(*m_manager).openFor(StaffId(m_managerId), false);
    QVERIFY(today);
    QStringList listed;
    for (const OpenOpportunity &row : *today) {
        if (row.customerId == CustomerId(customer))
            listed << row.ruleId;
    }
    QCOMPARE(listed, QStringList{QStringLiteral("large_transfer_out")});
}

void tst_OpportunityMerge::theTellersTransferAfterCoreBankingsReportPulledIsClosedAtOnce()
{
    // Core banking was quicker: the counter's desk pulled the retention call before the
    // teller weighed the amount. The desk's own opportunity is closed into it as it is made.
    const QString cif = QStringLiteral("C31050000006");
    const QString customer = addCustomer(cif);
    QVERIFY(!customer.isEmpty());
    sync(*m_head, QStringLiteral("head"));
    coreReports(QStringLiteral("core-tx-7"), cif, 12'000'000, m_now);
    sync(*m_counter, QStringLiteral("teller"));
    const QString desks = counterTransfer(customer, 12'000'000, m_now.addSecs(300));
    QVERIFY2(desks.size() == 36, qPrintable(desks));
    QCOMPARE(rulesOf(*m_counter, customer), kOneCall);
    sync(*m_counter, QStringLiteral("teller"));
    sync(*m_manager, QStringLiteral("wm"));
    QCOMPARE(rulesOf(*m_manager, customer), kOneCall);
}

QTEST_GUILESS_MAIN(tst_OpportunityMerge)
#include "tst_opportunity_merge.moc"
