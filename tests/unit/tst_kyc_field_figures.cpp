// The KYC nine-grid's answers per question come from kyc_field_figure (migration 0035), counts
// per branch, manager and question kept by triggers on kyc_field and customer, instead of
// joining every answer of the branch to its customer row (2.7 s at 1,000,000 customers, issue
// #15). On a generated branch the kept table equals the aggregate over the live answers of
// live customers after every kind of write to an answer or a customer (new, moved, retired and
// removed answers; reassignment, deletion, restoration, a move to another branch, a removed
// customer row), after an erasure, after changes pulled by sync, after the migration's own
// fill and after a baseline download in the hardest page order; and the dashboard query gives
// what counting the answers gives, for the branch and for each book. The KYC coverage's
// final sessions per tier of a branch find each customer's tier in an index (0036).
#include "../common/DemoBranchFile.h"
#include "../common/BaselineReplay.h"
#include "../common/KeptFigureChecks.h"
#include "../common/PulledChange.h"
#include "../common/ResultAssert.h"
#include "../common/TableWalks.h"
#include "../common/TestSql.h"

#include "app/common/SyncChange.h"
#include "app/demo/DemoBranchGenerator.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/dashboards/KycCoverageQuery.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/RemoteChangeApplier.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_KycFieldFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptThroughEveryWrite();
    void keptThroughPulledChangesAndErasure();
    void answersPerQuestionAreTheCount();
    void finalSessionsPerTierReadNoCustomerRow();
    void filledByTheMigrationAndABaseline();

private:
    // kyc_field_figure equals the aggregate of the live answers; false with a message.
    static bool figuresMatchAnswers(Store &store, QString *problem);
    bool exec(const QString &sql, const QVariantList &values = {});
    QString scalar(const QString &sql, const QVariantList &values = {});
    bool apply(const SyncChange &change) { return test::applyPulled(m_store, change); }

    QTemporaryDir m_dir;
    Store m_store;
    QString m_branchId;
    int m_pulled = 0;
};

void tst_KycFieldFigures::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("kyc.db")), 400));
    m_branchId = scalar(QStringLiteral("SELECT id FROM branch"));
    QVERIFY(!m_branchId.isEmpty());
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM kyc_field WHERE deleted = 0")).toInt() > 100);
}

bool tst_KycFieldFigures::exec(const QString &sql, const QVariantList &values)
{
    return test::exec(m_store, sql, values);
}

QString tst_KycFieldFigures::scalar(const QString &sql, const QVariantList &values)
{
    return test::rows(m_store, sql, values).value(0);
}

bool tst_KycFieldFigures::figuresMatchAnswers(Store &store, QString *problem)
{
    return test::keptIsTheAggregate(
            store,
            QStringLiteral("SELECT branch_id, manager_id, question_id, answered FROM kyc_field_figure "
                           "ORDER BY 1, 2, 3"),
            QStringLiteral("SELECT c.branch_id, coalesce(c.manager_id, ''), f.question_id, count(*) "
                           "FROM kyc_field f JOIN customer c ON c.id = f.customer_id "
                           "WHERE f.deleted = 0 AND c.deleted = 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"),
            problem);
}

void tst_KycFieldFigures::keptThroughEveryWrite()
{
    QString problem;
    // Kept by the triggers while the generator wrote customers and answers.
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    const QStringList answered = test::rows(m_store, QStringLiteral(
            "SELECT customer_id FROM kyc_field f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.deleted = 0 AND c.deleted = 0 AND c.manager_id IS NOT NULL "
            "GROUP BY customer_id ORDER BY customer_id LIMIT 8"));
    QCOMPARE(answered.size(), 8);
    const QString otherManager = scalar(QStringLiteral(
            "SELECT manager_id FROM customer WHERE manager_id IS NOT NULL AND manager_id <> "
            "(SELECT manager_id FROM customer WHERE id = ?) LIMIT 1"), {answered.at(0)});
    QVERIFY(!otherManager.isEmpty());
    const QString field = scalar(QStringLiteral(
            "SELECT id FROM kyc_field WHERE customer_id = ? AND deleted = 0 ORDER BY id LIMIT 1"),
            {answered.at(1)});

    // Answers: a new one, one under another question, retired, brought back, moved to another
    // customer, removed outright.
    QVERIFY(exec(QStringLiteral("INSERT INTO kyc_field(id, customer_id, field, question_id, value_json, "
                                "session_id, answered_at, updated_at) SELECT 'kf-new', ?, 'test_field', "
                                "'q-test', '\"x\"', session_id, answered_at, updated_at FROM kyc_field "
                                "WHERE id = ?"), {answered.at(1), field}));
    QVERIFY(exec(QStringLiteral("UPDATE kyc_field SET question_id = 'q-other' WHERE id = ?"), {field}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE kyc_field SET deleted = 1 WHERE id = 'kf-new'")));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE kyc_field SET deleted = 0 WHERE id = 'kf-new'")));
    QVERIFY(exec(QStringLiteral("UPDATE kyc_field SET customer_id = ? WHERE id = 'kf-new'"),
                 {answered.at(2)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("DELETE FROM kyc_field WHERE id = ?"), {field}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));

    // Customers: reassigned, to nobody, deleted, brought back, deleted and then reassigned
    // (a deleted customer's answers count nowhere); an update that changes nothing counted.
    QVERIFY(exec(QStringLiteral("UPDATE customer SET manager_id = ? WHERE id = ?"),
                 {otherManager, answered.at(0)}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET manager_id = NULL WHERE id = ?"), {answered.at(3)}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET name = name, tier = 'gold' WHERE id = ?"),
                 {answered.at(4)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"), {answered.at(4)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 0 WHERE id = ?"), {answered.at(4)}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"), {answered.at(5)}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET manager_id = ? WHERE id = ?"),
                 {otherManager, answered.at(5)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    // Moved to another branch; a customer row removed outright, and its answers after it.
    QVERIFY(exec(QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                                "updated_at) VALUES ('b2', '310199', '二号支行', '上海', '', "
                                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = 'b2' WHERE id = ?"), {answered.at(6)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(QStringLiteral("DELETE FROM customer WHERE id = ?"), {answered.at(7)}));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("DELETE FROM kyc_field WHERE customer_id = ?"), {answered.at(7)}));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    // Rows that fell to nothing are gone (the table is the aggregate, exactly).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM kyc_field_figure WHERE answered <= 0")),
             QStringLiteral("0"));
}

void tst_KycFieldFigures::keptThroughPulledChangesAndErasure()
{
    QString problem;
    const QStringList answered = test::rows(m_store, QStringLiteral(
            "SELECT customer_id FROM kyc_field f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.deleted = 0 AND c.deleted = 0 AND c.manager_id IS NOT NULL "
            "GROUP BY customer_id ORDER BY customer_id DESC LIMIT 3"));
    QCOMPARE(answered.size(), 3);
    const QString session = scalar(QStringLiteral(
            "SELECT session_id FROM kyc_field WHERE customer_id = ? LIMIT 1"), {answered.at(0)});
    const auto change = [this](const QString &table, const QString &rowId, const QString &op,
                               const QJsonObject &fields) {
        return test::pulledChange(++m_pulled, table, rowId, op, fields);
    };
    // An answer made on another workstation, then retired there.
    QVERIFY(apply(change(QStringLiteral("kyc_field"), QStringLiteral("kf-pulled"), QStringLiteral("upsert"),
                         {{QStringLiteral("customer_id"), answered.at(0)},
                          {QStringLiteral("field"), QStringLiteral("pulled_field")},
                          {QStringLiteral("question_id"), QStringLiteral("q-pulled")},
                          {QStringLiteral("value_json"), QStringLiteral("\"y\"")},
                          {QStringLiteral("value_text"), QStringLiteral("y")},
                          {QStringLiteral("session_id"), session},
                          {QStringLiteral("answered_at"), QStringLiteral("2026-11-20T08:00:00Z")},
                          {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T08:00:00Z")},
                          {QStringLiteral("deleted"), 0}})));
    QCOMPARE(scalar(QStringLiteral("SELECT sum(answered) FROM kyc_field_figure WHERE question_id = 'q-pulled'")),
             QStringLiteral("1"));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    QVERIFY(apply(change(QStringLiteral("kyc_field"), QStringLiteral("kf-pulled"), QStringLiteral("delete"), {})));
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    // A customer reassigned on another workstation.
    const QString otherManager = scalar(QStringLiteral(
            "SELECT manager_id FROM customer WHERE manager_id IS NOT NULL AND manager_id <> "
            "(SELECT manager_id FROM customer WHERE id = ?) LIMIT 1"), {answered.at(1)});
    QVERIFY(apply(change(QStringLiteral("customer"), answered.at(1), QStringLiteral("upsert"),
                         {{QStringLiteral("manager_id"), otherManager}})));
    QCOMPARE(scalar(QStringLiteral("SELECT manager_id FROM customer WHERE id = ?"), {answered.at(1)}),
             otherManager);
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
    // Erasure (the privacy sweep clears the answers' values and the manager).
    {
        Transaction transaction(m_store.database());
        QVERIFY_RESULT(CustomerDataSweep(m_store).erase(CustomerId(answered.at(2))));
        QVERIFY(transaction.commit());
    }
    QVERIFY2(figuresMatchAnswers(m_store, &problem), qPrintable(problem));
}

void tst_KycFieldFigures::answersPerQuestionAreTheCount()
{
    // The query the kept counts replace, for the branch and for each book.
    const auto counted = [this](const QString &managerId) {
        QStringList expected = test::rows(m_store, QStringLiteral(
                "SELECT f.question_id, count(*) FROM kyc_field f JOIN customer c ON c.id = f.customer_id "
                "WHERE f.deleted = 0 AND c.deleted = 0 AND c.branch_id = ? AND (coalesce(?, '') = '' OR c.manager_id = ?) "
                "GROUP BY 1 ORDER BY 1"), {m_branchId, managerId, managerId});
        return expected;
    };
    QStringList managers = test::rows(m_store, QStringLiteral(
            "SELECT DISTINCT manager_id FROM customer WHERE manager_id IS NOT NULL ORDER BY 1"));
    QVERIFY(managers.size() >= 2);
    managers.prepend(QString()); // the branch
    for (const QString &manager : std::as_const(managers)) {
        const auto got = KycCoverageQuery(m_store).answeredPerQuestion({m_branchId, manager});
        QVERIFY_RESULT(got);
        QStringList lines;
        for (auto it = got->cbegin(); it != got->cend(); ++it)
            lines << it.key() + QLatin1Char('|') + QString::number(it.value());
        QCOMPARE(lines, counted(manager));
        QVERIFY(!lines.isEmpty());
    }
}

void tst_KycFieldFigures::finalSessionsPerTierReadNoCustomerRow()
{
    // The statements KycCoverageQuery::perTier runs for a branch, caught as they run: each
    // customer is looked up in a covering index (customer_tier_of_id, 0036), not its row
    // (1.6 s wall at 1M customers before).
    Result<QMap<QString, KycTierCoverage>> coverage = Error(QString());
    const QStringList statements = test::statementsRunBy(
            m_store, [&] { coverage = KycCoverageQuery(m_store).perTier({m_branchId, {}}); });
    QVERIFY_RESULT(coverage);
    int withKyc = 0;
    for (const KycTierCoverage &tier : *coverage)
        withKyc += tier.withFinalKyc;
    QCOMPARE(QString::number(withKyc),
             scalar(QStringLiteral("SELECT count(DISTINCT k.customer_id) FROM kyc_session k JOIN customer c "
                                   "ON c.id = k.customer_id WHERE k.status = 'final' AND k.deleted = 0 "
                                   "AND c.branch_id = ? AND c.deleted = 0"), {m_branchId}));
    QVERIFY(withKyc > 0);
    QStringList lookups;
    for (const QString &sql : std::as_const(statements)) {
        for (const QString &step : test::planSteps(m_store, sql)) {
            if (step.startsWith(QLatin1String("SEARCH c ")))
                lookups << step;
        }
    }
    QVERIFY(!lookups.isEmpty());
    for (const QString &lookup : std::as_const(lookups))
        QVERIFY2(lookup.contains(QLatin1String("COVERING INDEX customer_tier_of_id")), qPrintable(lookup));
}

void tst_KycFieldFigures::filledByTheMigrationAndABaseline()
{
    const QString path = m_dir.filePath(QStringLiteral("migrated.db"));
    const QString made = test::demoFileAt(path, 300);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    // Back to the schema before 0035, with the answers already there, and 0035 again.
    const QString script = test::undoAndRunMigrationScript(
            path,
            {QStringLiteral("DROP TABLE kyc_field_figure"), QStringLiteral("DROP TRIGGER kyc_field_figure_insert"),
             QStringLiteral("DROP TRIGGER kyc_field_figure_delete"), QStringLiteral("DROP TRIGGER kyc_field_figure_update"),
             QStringLiteral("DROP TRIGGER kyc_field_figure_customer_insert"),
             QStringLiteral("DROP TRIGGER kyc_field_figure_customer_delete"),
             QStringLiteral("DROP TRIGGER kyc_field_figure_customer_update")},
            QStringLiteral(":/migrations/sqlite/0035_kyc_field_figure.sql"));
    QVERIFY2(script.isEmpty(), qPrintable(script));
    // Opened at the latest schema, and a baseline of it loaded in reverse (children before
    // their parents): the kept table is right in both, and local.
    const QString kept = test::keptAfterMigrationAndBaseline(
            path, m_dir.filePath(QStringLiteral("baseline.db")), QStringLiteral("kyc_field_figure"), figuresMatchAnswers);
    QVERIFY2(kept.isEmpty(), qPrintable(kept));
}

QTEST_GUILESS_MAIN(tst_KycFieldFigures)
#include "tst_kyc_field_figures.moc"
