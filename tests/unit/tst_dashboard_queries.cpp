// The dashboard figures on a small hand-made branch (tests/common/DashboardFixture.h): each
// figure counts the right rows, a manager's scope excludes other books, deleted customers
// and other branches, and DashboardService refuses (and audits) what a user may not see.
#include "../common/DashboardFixture.h"

#include "AuthService.h"
#include "DashboardService.h"
#include "KycCellCoverage.h"
#include "LifecycleDistributionQuery.h"
#include "TierDistributionQuery.h"

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
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s", qPrintable(username));
    return *result.session;
}

int tst_DashboardQueries::refusals()
{
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission_refused'"));
    return query.next() ? query.value(0).toInt() : -1;
}

void tst_DashboardQueries::tierDistribution()
{
    const TierDistributionQuery query(m_store);
    const QMap<QString, int> all = query.counts(branch());
    QCOMPARE(query.errorString(), QString());
    // c5 (deleted gold) and c6 (other branch) are not counted.
    const QMap<QString, int> expected{{QStringLiteral("gold"), 1}, {QStringLiteral("ordinary"), 1},
                                      {QStringLiteral("silver"), 1}, {QStringLiteral("diamond"), 1}};
    QCOMPARE(all, expected);
    const QMap<QString, int> wealth2{{QStringLiteral("silver"), 1}, {QStringLiteral("diamond"), 1}};
    QCOMPARE(query.counts(book(m_b.wealth2Id)), wealth2);
    const QMap<QString, int> wealth{{QStringLiteral("gold"), 1}, {QStringLiteral("ordinary"), 1}};
    QCOMPARE(query.counts(book(m_b.wealthId)), wealth);
}

void tst_DashboardQueries::lifecycleDistribution()
{
    const LifecycleDistributionQuery query(m_store);
    const QMap<QString, int> expected{
            {QStringLiteral("maturity"), 1}, {QStringLiteral("development"), 1},
            {QStringLiteral("growth"), 1}, {QStringLiteral("decline"), 1}};
    QCOMPARE(query.counts(branch()), expected);
    const QMap<QString, int> wealth2{{QStringLiteral("growth"), 1}, {QStringLiteral("decline"), 1}};
    QCOMPARE(query.counts(book(m_b.wealth2Id)), wealth2);
}

void tst_DashboardQueries::aumTrend()
{
    DashboardService service(m_store, m_head);
    const auto months = service.aumTrend(branch(), m_today);
    QVERIFY2(months, qPrintable(service.errorString()));
    QCOMPARE(months->size(), 12);
    // The twelve month-ends before the current month, oldest first.
    QCOMPARE(months->first().month, QStringLiteral("2025-11"));
    QCOMPARE(months->last().month, QStringLiteral("2026-10"));
    QCOMPARE(months->first().customers, 0);
    QCOMPARE(months->at(9).month, QStringLiteral("2026-08"));
    QCOMPARE(months->at(9).aumFen, 100 * test::kAumUnitFen);
    QCOMPARE(months->at(10).aumFen, 200 * test::kAumUnitFen);
    QCOMPARE(months->at(11).aumFen, 350 * test::kAumUnitFen); // c1 300 + c3 50; not c5, not c6
    QCOMPARE(months->at(11).customers, 2);

    const auto wealth2 = service.aumTrend(book(m_b.wealth2Id), m_today);
    QVERIFY(wealth2);
    QCOMPARE(wealth2->at(11).aumFen, 50 * test::kAumUnitFen);
    QCOMPARE(wealth2->at(10).customers, 0);
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
    QVERIFY2(funnel, qPrintable(service.errorString()));
    QCOMPARE((QList<int>{funnel->made, funnel->accepted, funnel->completed, funnel->notCompleted}),
             stages);
    QCOMPARE(funnel->convertedFen, convertedFen);
}

void tst_DashboardQueries::callOutcomesPerBatch()
{
    DashboardService service(m_store, m_head);
    const auto batches = service.callOutcomes(branch());
    QVERIFY2(batches, qPrintable(service.errorString()));
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
    QVERIFY2(service.kycCoverage(branch(), figures), qPrintable(service.errorString()));
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
    QVERIFY2(figures, qPrintable(service.errorString()));
    QCOMPARE(figures->tiers.value(QStringLiteral("gold")), 1);
    QCOMPARE(figures->tiers.value(QStringLiteral("silver")), 0); // wealth2's customer
    QCOMPARE(figures->referrals.made, 3);

    const int before = refusals();
    QVERIFY(!service.tierDistribution(branch()));
    QVERIFY(service.errorString().contains(m_wealth.user.displayName));
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
