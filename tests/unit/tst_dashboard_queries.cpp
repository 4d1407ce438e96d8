// The dashboard figures on a small hand-made branch (tests/common/DashboardFixture.h): each
// figure counts the right rows, a manager's scope excludes other books, deleted customers
// and other branches, and DashboardService refuses (and audits) what a user may not see.
// On a generated branch, the AUM trend's rollup (aum_month_total) gives the same figures as
// summing the snapshots, whatever is written afterwards and however the rows arrive.
#include "../common/DemoBranchFile.h"
#include "../common/BaselineReplay.h"
#include "../common/ResultAssert.h"
#include "../common/DashboardFixture.h"

#include "app/common/SyncChange.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/dashboards/DashboardService.h"
#include "app/services/dashboards/KycCellCoverage.h"
#include "app/services/staff/AuthService.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/MigrationRunner.h"
#include "database/core/Transaction.h"
#include "database/dashboards/AumTrendQuery.h"
#include "database/dashboards/CustomerDistributionQuery.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>


using namespace bd;

class tst_DashboardQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tierDistribution();
    void lifecycleDistribution();
    void aumTrend();
    void aumRollupFollowsEveryWrite();
    void aumRollupFromMigrationAndBaseline();
    void referralFunnel_data();
    void referralFunnel();
    void callOutcomesPerBatch();
    void kycCoverage();
    void kycCellCoverageArithmetic();
    void headMayNarrowToAnyBook();
    void managerSeesOnlyHisOwnBook();
    void otherBranchIsRefused();

private:
    Session signIn(const QString &username);
    int refusals();
    // Every scope of `store` (the branch, each manager's book, no manager, other branches):
    // the rollup's months equal the sums over aum_snapshot; false with a message otherwise.
    static bool trendMatchesSnapshots(Store &store, QString *problem);
    static QList<AumMonthTotal> trendFromSnapshots(Store &store, const DashboardScope &scope,
                                                   const QDate &lastMonth, int months);
    void generateBranch(Store &store, const QString &name);
    DashboardScope branch() const { return {m_b.small.branchId, {}}; }
    DashboardScope book(const QString &managerId) const { return {m_b.small.branchId, managerId}; }

    const QDate m_today{2026, 11, 23};
    QTemporaryDir m_dir;
    Store m_store;
    test::DashboardBranch m_b;
    Session m_head;
    Session m_wealth;
};

void tst_DashboardQueries::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("dash.db"))));
    m_b = test::makeDashboardBranch(m_store, m_today);
    m_head = signIn(QStringLiteral("head"));
    m_wealth = signIn(QStringLiteral("wealth"));
}

Session tst_DashboardQueries::signIn(const QString &username)
{
    return test::signInOrStop(m_store, username);
}

int tst_DashboardQueries::refusals()
{
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_refused'"));
    return query.next() ? query.value(0).toInt() : -1;
}

void tst_DashboardQueries::tierDistribution()
{
    const CustomerDistributionQuery query(m_store);
    const auto byTier = CustomerDistributionQuery::By::Tier;
    const Result<QMap<QString, int>> counted = query.counts(branch(), byTier);
    QVERIFY2(counted, qPrintable(counted.errorString()));
    const QMap<QString, int> all = *counted;
    // c5 (deleted gold) and c6 (other branch) are not counted.
    const QMap<QString, int> expected{{QStringLiteral("gold"), 1}, {QStringLiteral("ordinary"), 1},
                                      {QStringLiteral("silver"), 1}, {QStringLiteral("diamond"), 1}};
    QCOMPARE(all, expected);
    const QMap<QString, int> wealth2{{QStringLiteral("silver"), 1}, {QStringLiteral("diamond"), 1}};
    QCOMPARE(*query.counts(book(m_b.wealth2Id), byTier), wealth2);
    const QMap<QString, int> wealth{{QStringLiteral("gold"), 1}, {QStringLiteral("ordinary"), 1}};
    QCOMPARE(*query.counts(book(m_b.wealthId), byTier), wealth);
}

void tst_DashboardQueries::lifecycleDistribution()
{
    const CustomerDistributionQuery query(m_store);
    const auto byStage = CustomerDistributionQuery::By::LifecycleStage;
    const QMap<QString, int> expected{
            {QStringLiteral("maturity"), 1}, {QStringLiteral("development"), 1},
            {QStringLiteral("growth"), 1}, {QStringLiteral("decline"), 1}};
    QCOMPARE(*query.counts(branch(), byStage), expected);
    const QMap<QString, int> wealth2{{QStringLiteral("growth"), 1}, {QStringLiteral("decline"), 1}};
    QCOMPARE(*query.counts(book(m_b.wealth2Id), byStage), wealth2);
}

void tst_DashboardQueries::aumTrend()
{
    DashboardService service(m_store, m_head);
    const auto months = service.aumTrend(branch(), m_today);
    QVERIFY2(months, qPrintable(months.errorString()));
    QCOMPARE(months->size(), 12);
    // The twelve month-ends before the current month, oldest first.
    QCOMPARE(months->first().month, QStringLiteral("2025-11"));
    QCOMPARE(months->last().month, QStringLiteral("2026-10"));
    QCOMPARE(months->first().customers, 0);
    QCOMPARE(months->at(9).month, QStringLiteral("2026-08"));
    QCOMPARE(months->at(9).aum, Money::fromFen(100 * test::kAumUnitFen));
    QCOMPARE(months->at(10).aum, Money::fromFen(200 * test::kAumUnitFen));
    QCOMPARE(months->at(11).aum, Money::fromFen(350 * test::kAumUnitFen)); // c1 300 + c3 50; not c5, not c6
    QCOMPARE(months->at(11).customers, 2);

    const auto wealth2 = service.aumTrend(book(m_b.wealth2Id), m_today);
    QVERIFY(wealth2);
    QCOMPARE(wealth2->at(11).aum, Money::fromFen(50 * test::kAumUnitFen));
    QCOMPARE(wealth2->at(10).customers, 0);
}

QList<AumMonthTotal> tst_DashboardQueries::trendFromSnapshots(Store &store,
                                                              const DashboardScope &scope,
                                                              const QDate &lastMonth, int months)
{
    // The trend's query before the rollup (migration 0016), kept here as the reference.
    QList<AumMonthTotal> totals;
    for (int back = months - 1; back >= 0; --back)
        totals.append({lastMonth.addMonths(-back).toString(QStringLiteral("yyyy-MM")), Money(), 0});
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral(
            "SELECT a.month, SUM(a.aum_fen), COUNT(*) FROM customer c "
            "CROSS JOIN aum_snapshot a ON a.customer_id = c.id "
            "WHERE c.branch_id = ? AND c.deleted = 0 AND (coalesce(?, '') = '' OR c.manager_id = ?) "
            "AND a.month BETWEEN ? AND ? GROUP BY a.month"));
    for (const QVariant &value : QVariantList{scope.branchId, scope.managerId, scope.managerId,
                                              totals.first().month, totals.last().month})
        query.addBindValue(value);
    if (!query.exec())
        qFatal("reference trend: %s", qPrintable(query.lastError().text()));
    while (query.next()) {
        for (AumMonthTotal &total : totals) {
            if (total.month == query.value(0).toString()) {
                total.aum = Money::fromFen(query.value(1).toLongLong());
                total.customers = query.value(2).toInt();
            }
        }
    }
    return totals;
}

bool tst_DashboardQueries::trendMatchesSnapshots(Store &store, QString *problem)
{
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT MAX(month) FROM aum_snapshot"));
    if (!query.next() || query.value(0).isNull()) {
        *problem = QStringLiteral("no snapshots");
        return false;
    }
    // Two months past the last snapshot and 24 back: every month there is, and empty ones.
    const QDate lastMonth = QDate::fromString(query.value(0).toString() + QStringLiteral("-01"),
                                              Qt::ISODate).addMonths(2);
    QList<DashboardScope> scopes;
    query.exec(QStringLiteral("SELECT id FROM branch"));
    while (query.next())
        scopes.append({query.value(0).toString(), {}});
    query.exec(QStringLiteral("SELECT DISTINCT branch_id, manager_id FROM customer "
                              "WHERE manager_id IS NOT NULL"));
    while (query.next())
        scopes.append({query.value(0).toString(), query.value(1).toString()});
    int monthsWithData = 0;
    for (const DashboardScope &scope : std::as_const(scopes)) {
        const AumTrendQuery rollup(store);
        const Result<QList<AumMonthTotal>> read = rollup.months(scope, lastMonth, 26);
        const QList<AumMonthTotal> expected = trendFromSnapshots(store, scope, lastMonth, 26);
        if (!read) {
            *problem = read.errorString();
            return false;
        }
        const QList<AumMonthTotal> &got = *read;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const AumMonthTotal &a = got.at(i);
            const AumMonthTotal &b = expected.at(i);
            if (a.month != b.month || a.aum != b.aum || a.customers != b.customers) {
                *problem = QStringLiteral("branch %1 manager '%2' month %3: rollup %4 fen / %5 "
                                          "customers, snapshots %6 fen / %7 customers")
                                   .arg(scope.branchId, scope.managerId, b.month)
                                   .arg(qint64(a.aum.fen())).arg(a.customers)
                                   .arg(qint64(b.aum.fen())).arg(b.customers);
                return false;
            }
            monthsWithData += b.customers > 0 ? 1 : 0;
        }
    }
    if (monthsWithData == 0) {
        *problem = QStringLiteral("nothing compared");
        return false;
    }
    // The table itself holds exactly the sums of the live customers' snapshots (rows whose
    // customers fell to 0 aside).
    query.exec(QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT branch_id, month, manager_id, aum_fen, customers "
            "FROM aum_month_total WHERE customers <> 0 EXCEPT SELECT c.branch_id, a.month, "
            "coalesce(c.manager_id, ''), SUM(a.aum_fen), COUNT(*) FROM customer c JOIN "
            "aum_snapshot a ON a.customer_id = c.id WHERE c.deleted = 0 GROUP BY 1, 2, 3)"));
    if (!query.next() || query.value(0).toInt() != 0) {
        *problem = QStringLiteral("aum_month_total has rows the snapshots do not make");
        return false;
    }
    return true;
}

void tst_DashboardQueries::generateBranch(Store &store, const QString &name)
{
    QVERIFY_RESULT(test::openDemoBranch(store, m_dir.filePath(name), 400));
}

void tst_DashboardQueries::aumRollupFollowsEveryWrite()
{
    Store store;
    generateBranch(store, QStringLiteral("rollup.db"));
    QString problem;
    // Kept by the triggers while the generator wrote customers and snapshots.
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));

    // Two managers' customers, the most recent month (what the dashboard shows last).
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT manager_id FROM customer WHERE manager_id IS NOT "
                                      "NULL AND deleted = 0 GROUP BY manager_id ORDER BY "
                                      "COUNT(*) DESC LIMIT 2")));
    QStringList managers;
    while (query.next())
        managers << query.value(0).toString();
    QCOMPARE(managers.size(), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT id FROM branch), (SELECT MAX(month) FROM "
                                      "aum_snapshot)")));
    QVERIFY(query.next());
    const QString branchId = query.value(0).toString();
    const QString lastMonthText = query.value(1).toString();
    const QDate lastMonth = QDate::fromString(lastMonthText + QStringLiteral("-01"), Qt::ISODate);
    auto lastAum = [&](const QString &managerId) {
        return AumTrendQuery(store).months({branchId, managerId}, lastMonth, 1)->first();
    };
    auto customersOf = [&](const QString &managerId, int limit) {
        QSqlQuery ids(store.database());
        ids.prepare(QStringLiteral("SELECT id FROM customer WHERE manager_id = ? AND deleted = 0 "
                                   "AND EXISTS (SELECT 1 FROM aum_snapshot s WHERE "
                                   "s.customer_id = customer.id AND s.month = ?) "
                                   "ORDER BY id LIMIT ?"));
        ids.addBindValue(managerId);
        ids.addBindValue(lastMonthText);
        ids.addBindValue(limit);
        QStringList list;
        if (ids.exec())
            while (ids.next())
                list << ids.value(0).toString();
        return list;
    };
    auto snapshotOf = [&](const QString &customerId, const QString &month) {
        QSqlQuery fen(store.database());
        fen.prepare(QStringLiteral("SELECT aum_fen FROM aum_snapshot WHERE customer_id = ? "
                                   "AND month = ?"));
        fen.addBindValue(customerId);
        fen.addBindValue(month);
        return Money::fromFen(fen.exec() && fen.next() ? fen.value(0).toLongLong() : -1);
    };

    // Reassignment: the book of the new manager counts the customer's months, the old one
    // no longer does (the filter is the customer's current manager).
    const QStringList moving = customersOf(managers.at(0), 5);
    QCOMPARE(moving.size(), 5);
    const AumMonthTotal fromBefore = lastAum(managers.at(0));
    const AumMonthTotal toBefore = lastAum(managers.at(1));
    const AumMonthTotal branchBefore = lastAum({});
    Money moved;
    for (const QString &id : moving) {
        moved += snapshotOf(id, lastMonthText);
        QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET manager_id = ? WHERE id = ?"),
                           {managers.at(1), id}));
    }
    QCOMPARE(lastAum(managers.at(0)).aum, fromBefore.aum - moved);
    QCOMPARE(lastAum(managers.at(0)).customers, fromBefore.customers - 5);
    QCOMPARE(lastAum(managers.at(1)).aum, toBefore.aum + moved);
    QCOMPARE(lastAum({}).aum, branchBefore.aum);
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));
    // To nobody, and one edit of several customers at once.
    QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET manager_id = NULL WHERE id IN "
                                             "(?, ?)"), {moving.at(0), moving.at(1)}));
    QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET manager_id = ? WHERE "
                                             "manager_id = ?"), {managers.at(0), managers.at(1)}));
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));

    // A new month-end, a replaced one and a removed one.
    const QString nextMonth = lastMonth.addMonths(1).toString(QStringLiteral("yyyy-MM"));
    const QStringList book = customersOf(managers.at(0), 3);
    QCOMPARE(book.size(), 3);
    QVERIFY(test::exec(store, QStringLiteral("INSERT INTO aum_snapshot(customer_id, month, aum_fen) "
                                             "VALUES (?, ?, 123456789)"), {book.at(0), nextMonth}));
    QCOMPARE(AumTrendQuery(store).months({branchId, managers.at(0)}, lastMonth.addMonths(1), 1)
                     ->first().aum, Money::fromFen(123456789));
    QVERIFY(test::exec(store, QStringLiteral("UPDATE aum_snapshot SET aum_fen = aum_fen + 1 "
                                             "WHERE customer_id = ? AND month = ?"),
                       {book.at(1), lastMonthText}));
    QVERIFY(test::exec(store, QStringLiteral("DELETE FROM aum_snapshot WHERE customer_id = ? AND "
                                             "month = ?"), {book.at(2), lastMonthText}));
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));

    // Erasure (the privacy sweep): the customer leaves every manager's book; its amounts,
    // which erasure keeps, still count for the branch.
    const QString erased = book.at(1);
    const Money erasedAum = snapshotOf(erased, lastMonthText);
    const AumMonthTotal bookBefore = lastAum(managers.at(0));
    const AumMonthTotal wholeBefore = lastAum({});
    {
        Transaction transaction(store.database());
        CustomerDataSweep sweep(store);
        QVERIFY_RESULT(sweep.erase(CustomerId(erased)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(lastAum(managers.at(0)).aum, bookBefore.aum - erasedAum);
    QCOMPARE(lastAum({}).aum, wholeBefore.aum);
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));

    // Deletion, restoration and a move to another branch.
    QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"),
                       {book.at(0)}));
    QCOMPARE(lastAum({}).aum, wholeBefore.aum - snapshotOf(book.at(0), lastMonthText));
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));
    QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET deleted = 0 WHERE id = ?"),
                       {book.at(0)}));
    QVERIFY(test::exec(store, QStringLiteral("INSERT INTO branch(id, code, name, city, address, "
                                             "created_at, updated_at) VALUES ('b2', '310199', "
                                             "'二号支行', '上海', '', '2026-01-01T00:00:00Z', "
                                             "'2026-01-01T00:00:00Z')")));
    QVERIFY(test::exec(store, QStringLiteral("UPDATE customer SET branch_id = 'b2' WHERE id = ?"),
                       {moving.at(2)}));
    QVERIFY2(trendMatchesSnapshots(store, &problem), qPrintable(problem));
}

void tst_DashboardQueries::aumRollupFromMigrationAndBaseline()
{
    const QString path = m_dir.filePath(QStringLiteral("migrated.db"));
    {
        Store store;
        generateBranch(store, QStringLiteral("migrated.db"));
        // Back to the schema before the rollup, with the snapshots already there.
        QVERIFY(test::exec(store, QStringLiteral("DROP TABLE aum_month_total")));
        QSqlQuery triggers(store.database());
        QVERIFY(triggers.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                             "'trigger' AND name LIKE 'aum_month_total_%'")));
        QStringList names;
        while (triggers.next())
            names << triggers.value(0).toString();
        QCOMPARE(names.size(), 6);
        for (const QString &name : std::as_const(names))
            QVERIFY(test::exec(store, QStringLiteral("DROP TRIGGER %1").arg(name)));
        store.close();
    }
    // Migration 0016 run again by itself (later migrations are not repeatable): its
    // fill from the snapshots.
    const QString script = test::runMigrationScript(
            path, QStringLiteral(":/migrations/sqlite/0016_aum_month_total.sql"));
    QVERIFY2(script.isEmpty(), qPrintable(script));
    Store migrated;
    QVERIFY(migrated.open(path));
    QCOMPARE(migrated.schemaVersion(), MigrationRunner::latestVersion());
    QString problem;
    QVERIFY2(trendMatchesSnapshots(migrated, &problem), qPrintable(problem));

    // A baseline download into an empty workstation: pages of any table in any order, with
    // foreign keys off. Here the children first (snapshots before their customers), the
    // harder order for the triggers.
    Store loaded;
    QVERIFY(loaded.open(m_dir.filePath(QStringLiteral("baseline.db"))));
    const QString loading = test::loadBaselineReversed(path, loaded);
    QVERIFY2(loading.isEmpty(), qPrintable(loading));
    QVERIFY2(trendMatchesSnapshots(loaded, &problem), qPrintable(problem));
    // The same figures as the file it came from; the rollup itself did not travel.
    QSqlQuery sums(loaded.database());
    QVERIFY(sums.exec(QStringLiteral("SELECT SUM(aum_fen), SUM(customers) FROM aum_month_total")));
    QVERIFY(sums.next());
    QSqlQuery source(migrated.database());
    QVERIFY(source.exec(QStringLiteral("SELECT SUM(aum_fen), SUM(customers) FROM aum_month_total")));
    QVERIFY(source.next());
    QVERIFY(source.value(1).toLongLong() > 0);
    QCOMPARE(sums.value(0).toLongLong(), source.value(0).toLongLong());
    QCOMPARE(sums.value(1).toLongLong(), source.value(1).toLongLong());
    // Local, derived data: never pushed, pulled or put in a baseline.
    QVERIFY(!BaselinePage::tables().contains(QStringLiteral("aum_month_total")));
    QVERIFY(!SyncChange::isSyncedTable(QStringLiteral("aum_month_total")));
}

void tst_DashboardQueries::referralFunnel_data()
{
    QTest::addColumn<QString>("manager");
    QTest::addColumn<QList<int>>("stages"); // made, accepted, completed, not completed
    QTest::addColumn<qint64>("convertedFen");
    QTest::newRow("branch") << QString() << QList<int>{5, 3, 1, 2} << qint64(1000000);
    QTest::newRow("wealth") << QStringLiteral("wealth") << QList<int>{3, 1, 0, 1} << qint64(0);
    QTest::newRow("wealth2") << QStringLiteral("wealth2") << QList<int>{2, 2, 1, 1}
                             << qint64(1000000);
}

void tst_DashboardQueries::referralFunnel()
{
    QFETCH(QString, manager);
    QFETCH(QList<int>, stages);
    QFETCH(qint64, convertedFen);
    const QString managerId = manager.isEmpty() ? QString() : test::staffId(m_store, manager);
    DashboardService service(m_store, m_head);
    const auto funnel = service.referralFunnel(book(managerId), m_today);
    QVERIFY2(funnel, qPrintable(funnel.errorString()));
    QCOMPARE((QList<int>{funnel->made, funnel->accepted, funnel->completed, funnel->notCompleted}),
             stages);
    QCOMPARE(funnel->converted, Money::fromFen(convertedFen));
}

void tst_DashboardQueries::callOutcomesPerBatch()
{
    DashboardService service(m_store, m_head);
    const auto batches = service.callOutcomes(branch());
    QVERIFY2(batches, qPrintable(batches.errorString()));
    QCOMPARE(batches->size(), 2); // L3 is deleted
    const CallBatchOutcomes &l1 = batches->at(0);
    const CallBatchOutcomes &l2 = batches->at(1);
    QCOMPARE(l1.listId, QStringLiteral("L1")); // oldest first
    QCOMPARE(l1.outcomes, (QMap<QString, int>{{QStringLiteral("interested"), 1},
                                              {QStringLiteral("refused"), 1}}));
    QCOMPARE(l1.tasks(), 2);
    QCOMPARE(l2.listId, QStringLiteral("L2"));
    QCOMPARE(l2.outcomes, (QMap<QString, int>{{QStringLiteral("appointment"), 1}}));
    QCOMPARE(l2.notCalled, 1);
    QCOMPARE(l2.noOutcome, 1);
    QCOMPARE(l2.tasks(), 3);

    const auto wealth2 = service.callOutcomes(book(m_b.wealth2Id));
    QVERIFY(wealth2);
    QCOMPARE(wealth2->size(), 1);
    QCOMPARE(wealth2->first().listId, QStringLiteral("L2"));
}

void tst_DashboardQueries::kycCoverage()
{
    DashboardService service(m_store, m_head);
    DashboardFigures figures;
    QVERIFY_RESULT(service.kycCoverage(branch(), figures));
    QCOMPARE(figures.kycPerTier.value(QStringLiteral("gold")).customers, 1);
    QCOMPARE(figures.kycPerTier.value(QStringLiteral("gold")).withFinalKyc, 1);
    QCOMPARE(figures.kycPerTier.value(QStringLiteral("ordinary")).withFinalKyc, 0);
    QCOMPARE(figures.kycPerTier.value(QStringLiteral("silver")).withFinalKyc, 0); // a draft only
    QCOMPARE(figures.kycPerTier.value(QStringLiteral("diamond")).withFinalKyc, 1); // two versions
    // One answered question of the cell over 4 customers.
    const int questions = int(KycQuestionBank::active().cell(m_b.kycQuestionCell)->questions.size());
    QCOMPARE(figures.kycPercentByCell.value(m_b.kycQuestionCell), 100 / (questions * 4));
    QCOMPARE(figures.kycPercentByCell.size(), 9);

    DashboardFigures wealth2;
    QVERIFY(service.kycCoverage(book(m_b.wealth2Id), wealth2));
    QCOMPARE(wealth2.kycPerTier.value(QStringLiteral("gold")).customers, 0);
    QCOMPARE(wealth2.kycPercentByCell.value(m_b.kycQuestionCell), 0); // c1 is not his
}

void tst_DashboardQueries::kycCellCoverageArithmetic()
{
    const KycQuestionBank &bank = KycQuestionBank::active();
    const KycCell &cell = bank.cells().first();
    QMap<QString, int> answered;
    for (const KycQuestion &question : cell.questions)
        answered.insert(question.id, 10); // every question answered by all 10 customers
    const QMap<QString, int> percent = KycCellCoverage::percentByCell(bank, answered, 10);
    QCOMPARE(percent.value(cell.id), 100);
    QCOMPARE(KycCellCoverage::percentByCell(bank, answered, 20).value(cell.id), 50);
    QCOMPARE(KycCellCoverage::percentByCell(bank, answered, 0).value(cell.id), 0);
}

void tst_DashboardQueries::headMayNarrowToAnyBook()
{
    DashboardService service(m_store, m_head);
    QCOMPARE(service.defaultScope().managerId, QString());
    QVERIFY(service.authorise(book(m_b.wealth2Id)));
    const auto managers = service.managers();
    QVERIFY(managers);
    QCOMPARE(managers->size(), 2);
}

void tst_DashboardQueries::managerSeesOnlyHisOwnBook()
{
    DashboardService service(m_store, m_wealth);
    const DashboardScope own = service.defaultScope();
    QCOMPARE(own.managerId, m_wealth.user.id);
    const auto figures = service.load(own, m_today);
    QVERIFY2(figures, qPrintable(figures.errorString()));
    QCOMPARE(figures->tiers.value(QStringLiteral("gold")), 1);
    QCOMPARE(figures->tiers.value(QStringLiteral("silver")), 0); // wealth2's customer
    QCOMPARE(figures->referrals.made, 3);

    const int before = refusals();
    const auto refused = service.tierDistribution(branch());
    QVERIFY(!refused);
    QVERIFY(refused.errorString().contains(m_wealth.user.displayName));
    QVERIFY(!service.load(book(m_b.wealth2Id), m_today));
    QVERIFY(!service.managers());
    QCOMPARE(refusals(), before + 3);

    Session lobby = signIn(QStringLiteral("lobby"));
    DashboardService lobbyService(m_store, lobby);
    QVERIFY(!lobbyService.aumTrend(branch(), m_today));
}

void tst_DashboardQueries::otherBranchIsRefused()
{
    DashboardService service(m_store, m_head);
    const int before = refusals();
    QVERIFY(!service.referralFunnel({QStringLiteral("01907c2a-0000-7000-8000-0000000000b2"), {}},
                                    m_today));
    QCOMPARE(refusals(), before + 1);
}

QTEST_GUILESS_MAIN(tst_DashboardQueries)
#include "tst_dashboard_queries.moc"
