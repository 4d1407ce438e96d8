// The branch head's and the wealth manager's customer figures come from customer_figure
// (migration 0033), counts and AUM sums per branch, manager, tier and stage kept by triggers
// on customer, instead of counting the whole book at every sign-in (issue #15 item 20). On a
// generated branch the kept table equals the aggregate over the live customers after every
// kind of write (reassignment, tier, stage and AUM changes, deletion and restoration,
// erasure, a move to another branch, a removed row), after the migration's own fill, and
// after a baseline download that brings the rows in any order; the desk queries give what a
// count over the customers gives; the segment editor's industry and locality choices are
// the distinct values in order; and no list a desk reads at sign-in walks every customer of the
// branch (the opportunity lists did, by their query plan: a scan of the book per list).
#include "../common/DemoBranchFile.h"
#include "../common/BaselineReplay.h"
#include "../common/KeptFigureChecks.h"
#include "../common/ResultAssert.h"
#include "../common/TableWalks.h"
#include "../common/TestSql.h"

#include "app/demo/DemoBranchGenerator.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/dashboards/CustomerDistributionQuery.h"
#include "database/dashboards/KycCoverageQuery.h"
#include "database/opportunities/BranchOpportunityQueries.h"
#include "database/opportunities/OpportunityQueries.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/segments/SegmentQueries.h"
#include "database/workspaces/BranchHeadDeskQueries.h"
#include "database/workspaces/WealthManagerDeskQueries.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_CustomerFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptThroughEveryWrite();
    void deskQueriesCountTheLiveBook();
    void choicesAreTheDistinctValues();
    void filledByTheMigrationAndABaseline();
    void signInListsDoNotWalkTheBook();

private:
    // customer_figure equals the aggregate of the live customers; false with a message.
    static bool figuresMatchCustomers(Store &store, QString *problem);
    static QStringList rows(Store &store, const QString &sql, const QVariantList &values = {});
    static bool exec(Store &store, const QString &sql, const QVariantList &values = {});
    QString scalar(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Store m_store;
    QString m_branchId;
};

void tst_CustomerFigures::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("figures.db")), 400));
    m_branchId = scalar(QStringLiteral("SELECT id FROM branch"));
    QVERIFY(!m_branchId.isEmpty());
}

QStringList tst_CustomerFigures::rows(Store &store, const QString &sql, const QVariantList &values)
{
    return test::rows(store, sql, values);
}

bool tst_CustomerFigures::exec(Store &store, const QString &sql, const QVariantList &values)
{
    return test::exec(store, sql, values);
}

QString tst_CustomerFigures::scalar(const QString &sql, const QVariantList &values)
{
    const QStringList found = rows(m_store, sql, values);
    return found.value(0);
}

bool tst_CustomerFigures::figuresMatchCustomers(Store &store, QString *problem)
{
    return test::keptIsTheAggregate(
            store,
            QStringLiteral("SELECT branch_id, manager_id, tier, lifecycle_stage, customers, aum_fen "
                           "FROM customer_figure ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT branch_id, coalesce(manager_id, ''), tier, lifecycle_stage, count(*), "
                           "sum(aum_fen) FROM customer WHERE deleted = 0 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"),
            problem);
}

void tst_CustomerFigures::keptThroughEveryWrite()
{
    QString problem;
    // Kept by the triggers while the generator wrote the customers.
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    const QStringList managers = rows(m_store, QStringLiteral(
            "SELECT manager_id FROM customer WHERE manager_id IS NOT NULL AND deleted = 0 "
            "GROUP BY manager_id ORDER BY count(*) DESC LIMIT 2"));
    QCOMPARE(managers.size(), 2);
    const QStringList some = rows(m_store, QStringLiteral(
            "SELECT id FROM customer WHERE manager_id = ? AND deleted = 0 ORDER BY id LIMIT 8"),
            {managers.at(0)});
    QCOMPARE(some.size(), 8);

    // Reassigned, to nobody, and several at once.
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET manager_id = ? WHERE id = ?"),
                       {managers.at(1), some.at(0)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET manager_id = NULL WHERE id IN "
                                               "(?, ?)"), {some.at(1), some.at(2)}));
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    // Tier, stage and AUM, alone and together; an update that changes nothing counted.
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET tier = 'diamond', "
                                               "aum_fen = 700000000 WHERE id = ?"), {some.at(3)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET lifecycle_stage = 'decline' "
                                               "WHERE id = ?"), {some.at(4)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET aum_fen = aum_fen + 1 WHERE "
                                               "manager_id = ?"), {managers.at(1)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET tier = tier, name = name "
                                               "WHERE id = ?"), {some.at(5)}));
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    // Deleted, brought back, deleted and then changed (a deleted row counts nowhere).
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"),
                       {some.at(5)}));
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET deleted = 0 WHERE id = ?"),
                       {some.at(5)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"),
                       {some.at(6)}));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET tier = 'gold', aum_fen = 1 "
                                               "WHERE id = ?"), {some.at(6)}));
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    // Erasure (the privacy sweep clears the manager and keeps the amounts).
    {
        Transaction transaction(m_store.database());
        CustomerDataSweep sweep(m_store);
        QVERIFY_RESULT(sweep.erase(CustomerId(some.at(7))));
        QVERIFY(transaction.commit());
    }
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    // Moved to another branch, and a customer row removed outright.
    QVERIFY(exec(m_store, QStringLiteral("INSERT INTO branch(id, code, name, city, address, "
                                               "created_at, updated_at) VALUES ('b2', '310199', "
                                               "'二号支行', '上海', '', '2026-01-01T00:00:00Z', "
                                               "'2026-01-01T00:00:00Z')")));
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET branch_id = 'b2' WHERE id = ?"),
                       {some.at(4)}));
    QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    const QString removable = scalar(QStringLiteral(
            "SELECT id FROM customer c WHERE deleted = 0 AND NOT EXISTS (SELECT 1 FROM holding h "
            "WHERE h.customer_id = c.id) ORDER BY id LIMIT 1"));
    if (!removable.isEmpty()) {
        QVERIFY(exec(m_store, QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(exec(m_store, QStringLiteral("DELETE FROM customer WHERE id = ?"),
                           {removable}));
        QVERIFY(exec(m_store, QStringLiteral("PRAGMA foreign_keys = ON")));
        QVERIFY2(figuresMatchCustomers(m_store, &problem), qPrintable(problem));
    }
    // Rows whose customers fell to nothing are gone (the table is the aggregate, exactly).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer_figure WHERE customers <= 0")),
             QStringLiteral("0"));
}

void tst_CustomerFigures::deskQueriesCountTheLiveBook()
{
    const BranchFigures figures = BranchHeadDeskQueries(m_store).branchFigures(m_branchId,
                                                                               QDate::currentDate());
    QCOMPARE(QString::number(figures.customers),
             scalar(QStringLiteral("SELECT count(*) FROM customer WHERE branch_id = ? AND deleted = 0"),
                    {m_branchId}));
    QCOMPARE(QString::number(figures.aum.fen()),
             scalar(QStringLiteral("SELECT sum(aum_fen) FROM customer WHERE branch_id = ? AND "
                                   "deleted = 0"), {m_branchId}));
    QCOMPARE(QString::number(figures.vipCustomers),
             scalar(QStringLiteral("SELECT count(*) FROM customer WHERE branch_id = ? AND "
                                   "deleted = 0 AND tier IN ('gold', 'platinum', 'diamond')"),
                    {m_branchId}));
    QVERIFY(figures.vipCustomers > 0);

    QStringList tiers;
    const QMap<QString, int> perTier = BranchHeadDeskQueries(m_store).customersPerTier(m_branchId);
    for (auto it = perTier.cbegin(); it != perTier.cend(); ++it)
        tiers << it.key() + QLatin1Char('|') + QString::number(it.value());
    QCOMPARE(tiers, rows(m_store, QStringLiteral("SELECT tier, count(*) FROM customer WHERE "
                                                 "branch_id = ? AND deleted = 0 GROUP BY tier "
                                                 "ORDER BY tier"), {m_branchId}));

    // Each member of staff's book, however many branches the customers are in.
    for (const StaffFigureLine &line : BranchHeadDeskQueries(m_store).staffFigures(m_branchId)) {
        QCOMPARE(QString::number(line.customersOwned),
                 scalar(QStringLiteral("SELECT count(*) FROM customer c JOIN staff_user u ON "
                                       "u.id = c.manager_id WHERE u.username = ? AND c.deleted = 0"),
                        {line.username}));
    }
    const QStringList managers = rows(m_store, QStringLiteral(
            "SELECT DISTINCT manager_id FROM customer WHERE manager_id IS NOT NULL"));
    QVERIFY(!managers.isEmpty());
    for (const QString &manager : managers) {
        const BookFigures book = WealthManagerDeskQueries(m_store).bookFigures(manager);
        QCOMPARE(QString::number(book.customers),
                 scalar(QStringLiteral("SELECT count(*) FROM customer WHERE manager_id = ? AND "
                                       "deleted = 0"), {manager}));
        QCOMPARE(QString::number(book.aum.fen()),
                 scalar(QStringLiteral("SELECT coalesce(sum(aum_fen), 0) FROM customer WHERE "
                                       "manager_id = ? AND deleted = 0"), {manager}));
        // The dashboards' distributions of a book and the KYC coverage's customers per tier.
        const DashboardScope scope{m_branchId, manager};
        for (const auto by : {CustomerDistributionQuery::By::Tier,
                              CustomerDistributionQuery::By::LifecycleStage}) {
            const auto counts = CustomerDistributionQuery(m_store).counts(scope, by);
            QVERIFY_RESULT(counts);
            QStringList got;
            for (auto it = counts->cbegin(); it != counts->cend(); ++it)
                got << it.key() + QLatin1Char('|') + QString::number(it.value());
            const QString column = by == CustomerDistributionQuery::By::Tier
                    ? QStringLiteral("tier") : QStringLiteral("lifecycle_stage");
            QCOMPARE(got, rows(m_store, QStringLiteral("SELECT %1, count(*) FROM customer WHERE "
                                                       "branch_id = ? AND manager_id = ? AND "
                                                       "deleted = 0 GROUP BY 1 ORDER BY 1")
                                                .arg(column), {m_branchId, manager}));
        }
        const auto coverage = KycCoverageQuery(m_store).perTier(scope);
        QVERIFY_RESULT(coverage);
        for (auto it = coverage->cbegin(); it != coverage->cend(); ++it) {
            QCOMPARE(QString::number(it->customers),
                     scalar(QStringLiteral("SELECT count(*) FROM customer WHERE branch_id = ? "
                                           "AND manager_id = ? AND deleted = 0 AND tier = ?"),
                            {m_branchId, manager, it.key()}));
        }
    }
}

void tst_CustomerFigures::choicesAreTheDistinctValues()
{
    // A deleted customer's value is not offered; a value in another branch is not either.
    const QString lone = scalar(QStringLiteral(
            "SELECT id FROM customer WHERE branch_id = ? AND deleted = 0 ORDER BY id LIMIT 1"),
            {m_branchId});
    QVERIFY(exec(m_store, QStringLiteral("UPDATE customer SET industry = '只在已删除客户', "
                                               "locality = '只在已删除客户', deleted = 1 WHERE id = ?"),
                       {lone}));
    for (const QString field : {QStringLiteral("industry"), QStringLiteral("locality")}) {
        QStringList got;
        for (const auto &choice : SegmentQueries(m_store).choices(field, m_branchId)) {
            QCOMPARE(choice.first, choice.second);
            got << choice.first;
        }
        const QStringList expected = rows(
                m_store, QStringLiteral("SELECT DISTINCT %1 FROM customer WHERE branch_id = ? AND "
                                        "deleted = 0 AND %1 <> '' ORDER BY 1").arg(field),
                QVariantList{m_branchId});
        QVERIFY(expected.size() > 1);
        QCOMPARE(got, expected);
        QVERIFY(!got.contains(QStringLiteral("只在已删除客户")));
    }
    // The KYC answers offered for a condition: the distinct live answers of the field.
    for (const auto &[code, field] : {std::pair{QStringLiteral("kyc_expected_return"),
                                                QStringLiteral("expected_return")},
                                      std::pair{QStringLiteral("kyc_horizon"),
                                                QStringLiteral("investment_horizon")}}) {
        QStringList got;
        for (const auto &choice : SegmentQueries(m_store).choices(code, m_branchId))
            got << choice.first;
        const QStringList expected = rows(
                m_store, QStringLiteral("SELECT DISTINCT value_text FROM kyc_field WHERE field = ? "
                                        "AND deleted = 0 AND value_text <> '' ORDER BY 1"),
                {field});
        QVERIFY(!expected.isEmpty() || field == QLatin1String("investment_horizon")); // none in the demo
        QCOMPARE(got, expected);
    }
}

void tst_CustomerFigures::filledByTheMigrationAndABaseline()
{
    const QString path = m_dir.filePath(QStringLiteral("migrated.db"));
    const QString made = test::demoFileAt(path, 300);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    // Back to the schema before 0033, with the customers already there, and 0033 again.
    QStringList undo;
    for (const char *drop : {"DROP TABLE customer_figure", "DROP INDEX customer_industry",
                             "DROP INDEX opportunity_status", "DROP TRIGGER customer_figure_insert",
                             "DROP TRIGGER customer_figure_delete", "DROP TRIGGER customer_figure_update"})
        undo << QString::fromLatin1(drop);
    const QString script = test::undoAndRunMigrationScript(
            path, undo, QStringLiteral(":/migrations/sqlite/0033_customer_figure.sql"));
    QVERIFY2(script.isEmpty(), qPrintable(script));
    // Opened at the latest schema, and a baseline of it loaded in reverse (children before
    // their parents): the kept table is right in both, and local.
    const QString kept = test::keptAfterMigrationAndBaseline(
            path, m_dir.filePath(QStringLiteral("baseline.db")), QStringLiteral("customer_figure"), figuresMatchCustomers);
    QVERIFY2(kept.isEmpty(), qPrintable(kept));
}

void tst_CustomerFigures::signInListsDoNotWalkTheBook()
{
    // Every statement the lists run is caught as it runs and its plan asked for: a full scan of
    // customer fails. With the statistics a desk's file gathers (PRAGMA optimize when it
    // closes) and none for an opportunity table still empty, the planner put the customers
    // outermost.
    QVERIFY(exec(m_store, QStringLiteral("ANALYZE")));
    test::TableWalks caught(m_store);
    const QString head = scalar(QStringLiteral("SELECT id FROM staff_user WHERE role = 'branch_head'"));
    const QString wealth = scalar(QStringLiteral(
            "SELECT id FROM staff_user WHERE role = 'wealth_manager' ORDER BY username LIMIT 1"));
    const BranchOpportunityQueries branch(m_store);
    QVERIFY_RESULT(branch.pool());
    QVERIFY_RESULT(branch.forBranchHead());
    QVERIFY_RESULT(branch.heldOrWaiting(QDateTime::currentDateTimeUtc()));
    QVERIFY_RESULT(OpportunityQueries(m_store).openFor(StaffId(head), true));
    QVERIFY_RESULT(OpportunityQueries(m_store).openFor(StaffId(wealth), false));
    caught.stop();
    const QStringList statements = caught.statements();
    QVERIFY(statements.size() >= 5);
    QStringList walks;
    for (const QString &sql : std::as_const(statements)) {
        for (const QString &detail : test::planSteps(m_store, sql)) {
            if (detail == QLatin1String("SCAN c") || detail == QLatin1String("SCAN customer"))
                walks << sql.simplified().left(160) + QStringLiteral(" -> ") + detail;
        }
    }
    QVERIFY2(walks.isEmpty(), qPrintable(walks.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_CustomerFigures)
#include "tst_customer_figures.moc"
