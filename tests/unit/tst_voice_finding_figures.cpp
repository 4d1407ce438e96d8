// Long file: one program for the kept table, each kind of write (local, pulled, erased, moved
// away, migrated, downloaded) checked against a fresh recount in its own step.
// The branch head's customer-voice report comes from voice_finding_figure (migration 0039),
// counts per branch, day, call list, product family, kind and label kept by triggers on
// voice_finding, voice_review and customer, instead of joining every objection and competitor
// finding of the period to its customer and review (6.2-8.5 s at 1,000,000 customers, issue
// #15). On a generated branch the kept table equals a fresh recount over the findings after
// every kind of write (a new finding, one re-read under another label or day, tombstoned and
// brought back, removed; a review that dismisses, confirms, is withdrawn; a customer moved to
// another branch, removed and brought back), after a finding and a dismissal pulled by sync,
// an erasure, a customer moved away and dropped here, after the migration's own fill and
// after a baseline download in the hardest page order; the report gives what the recount
// gives for any period (days inside a month too), and reads no finding to do so.
#include "../common/BaselineReplay.h"
#include "../common/DemoBranchFile.h"
#include "../common/KeptFigureChecks.h"
#include "../common/PulledChange.h"
#include "../common/ResultAssert.h"
#include "../common/TableWalks.h"
#include "../common/TestSql.h"

#include "app/common/SyncChange.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/MovedCustomers.h"
#include "database/voice/VoiceQueries.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {

// What the report counted before 0039, per day: the recount the kept table must equal.
const char kRecount[] =
        "SELECT c.branch_id, f.noted_on, coalesce(f.call_list_id, ''), f.family, f.kind, f.label, "
        "count(*) FROM voice_finding f JOIN customer c ON c.id = f.customer_id "
        "LEFT JOIN voice_review r ON r.id = f.id AND r.deleted = 0 "
        "WHERE f.deleted = 0 AND f.kind IN ('objection', 'competitor') "
        "AND coalesce(r.decision, '') <> 'dismissed' GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6";

} // namespace

class tst_VoiceFindingFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keptThroughEveryWrite();
    void keptThroughPulledChangesErasureAndAMove();
    void theReportIsTheRecountForAnyPeriod();
    void theReportReadsNoFinding();
    void filledByTheMigrationAndABaseline();

private:
    static bool figuresMatchFindings(Store &store, QString *problem);
    bool exec(const QString &sql, const QVariantList &values = {});
    QString scalar(const QString &sql, const QVariantList &values = {});
    bool apply(const SyncChange &change) { return test::applyPulled(m_store, change); }
    SyncChange pulled(const QString &table, const QString &rowId, const QJsonObject &fields)
    {
        return test::pulledChange(++m_pulled, table, rowId, QStringLiteral("upsert"), fields);
    }
    // A counted finding (an objection or competitor mention, not dismissed) of a live customer
    // of the branch, the `n`th by id.
    QString countedFinding(int n);

    QTemporaryDir m_dir;
    Store m_store;
    QString m_branchId;
    int m_pulled = 0;
};

void tst_VoiceFindingFigures::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("voice.db")), 400));
    m_branchId = scalar(QStringLiteral("SELECT id FROM branch"));
    QVERIFY(!m_branchId.isEmpty());
    // The demo's notes give objections and competitor mentions (none from a call list: the
    // tests put some there), and it has call lists.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM voice_finding WHERE deleted = 0 AND kind IN "
                                  "('objection', 'competitor')")).toInt() > 50);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM call_list")).toInt() > 0);
}

bool tst_VoiceFindingFigures::exec(const QString &sql, const QVariantList &values)
{
    return test::exec(m_store, sql, values);
}

QString tst_VoiceFindingFigures::scalar(const QString &sql, const QVariantList &values)
{
    return test::rows(m_store, sql, values).value(0);
}

bool tst_VoiceFindingFigures::figuresMatchFindings(Store &store, QString *problem)
{
    return test::keptIsTheAggregate(
            store,
            QStringLiteral("SELECT branch_id, noted_on, call_list_id, family, kind, label, heard "
                           "FROM voice_finding_figure ORDER BY 1, 2, 3, 4, 5, 6"),
            QLatin1String(kRecount), problem);
}

QString tst_VoiceFindingFigures::countedFinding(int n)
{
    return scalar(QStringLiteral(
            "SELECT f.id FROM voice_finding f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.deleted = 0 AND c.deleted = 0 AND c.branch_id = ? AND f.kind IN "
            "('objection', 'competitor') AND NOT EXISTS (SELECT 1 FROM voice_review r WHERE "
            "r.id = f.id AND r.deleted = 0 AND r.decision = 'dismissed') ORDER BY f.id LIMIT 1 OFFSET ?"),
            {m_branchId, n});
}

void tst_VoiceFindingFigures::keptThroughEveryWrite()
{
    QString problem;
    // Kept by the triggers while the generator wrote customers, notes and their findings.
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QStringList findings;
    for (int n = 0; n < 6; ++n)
        findings << countedFinding(n * 7);
    QVERIFY(!findings.contains(QString()));

    // Findings: a new one, re-read under another label and day, another kind, tombstoned,
    // brought back, moved to a call list, removed outright; an interest (never counted)
    // turned into an objection.
    QVERIFY(exec(QStringLiteral(
            "INSERT INTO voice_finding(id, customer_id, note_table, note_id, note_field, noted_on, "
            "call_list_id, kind, label, family, start_utf16, length_utf16, updated_at) "
            "SELECT 'vf-new', customer_id, note_table, note_id, note_field, noted_on, call_list_id, "
            "kind, label, family, start_utf16 + 1, length_utf16, updated_at FROM voice_finding "
            "WHERE id = ?"), {findings.at(0)}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET label = 'test_label', noted_on = '2026-02-03' "
                                "WHERE id = 'vf-new'")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET kind = CASE kind WHEN 'objection' THEN "
                                "'competitor' ELSE 'objection' END WHERE id = ?"), {findings.at(1)}));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET deleted = 1 WHERE id = 'vf-new'")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET deleted = 0 WHERE id = 'vf-new'")));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET call_list_id = (SELECT id FROM call_list "
                                "ORDER BY id LIMIT 1), family = 'fund' WHERE id = ?"), {findings.at(2)}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("DELETE FROM voice_finding WHERE id = ?"), {findings.at(3)}));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET kind = 'objection' WHERE id = (SELECT id FROM "
                                "voice_finding WHERE kind = 'interest' AND deleted = 0 ORDER BY id LIMIT 1)")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));

    // Reviews: a dismissal, a confirmation (still counted), a dismissal turned into a
    // confirmation, withdrawn (tombstone), given again, removed outright.
    const QString review = QStringLiteral(
            "INSERT INTO voice_review(id, customer_id, decision, decided_at, updated_at) "
            "SELECT id, customer_id, ?, '2026-11-20T08:00:00Z', '2026-11-20T08:00:00Z' "
            "FROM voice_finding WHERE id = ?");
    QVERIFY(exec(review, {QStringLiteral("dismissed"), findings.at(4)}));
    QVERIFY(exec(review, {QStringLiteral("confirmed"), findings.at(5)}));
    QVERIFY(exec(review, {QStringLiteral("dismissed"), QStringLiteral("vf-new")}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_review SET decision = 'confirmed' WHERE id = ?"), {findings.at(4)}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_review SET decision = 'dismissed' WHERE id = ?"), {findings.at(4)}));
    QVERIFY(exec(QStringLiteral("UPDATE voice_review SET deleted = 1 WHERE id = 'vf-new'")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE voice_review SET deleted = 0 WHERE id = 'vf-new'")));
    QVERIFY(exec(QStringLiteral("DELETE FROM voice_review WHERE id = ?"), {findings.at(4)}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    // A dismissed finding re-read under another label stays out; tombstoned and back, too.
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET label = 'other_label' WHERE id = 'vf-new'")));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET deleted = 1 WHERE id = 'vf-new'")));
    QVERIFY(exec(QStringLiteral("UPDATE voice_finding SET deleted = 0 WHERE id = 'vf-new'")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));

    // Customers: an update that changes nothing counted, deleted (still counted, as the
    // report's join did), moved to another branch and back, removed outright and brought back.
    const QString customer = scalar(QStringLiteral("SELECT customer_id FROM voice_finding WHERE id = ?"),
                                    {findings.at(5)});
    QVERIFY(exec(QStringLiteral("UPDATE customer SET name = name, tier = 'gold' WHERE id = ?"), {customer}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"), {customer}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET deleted = 0 WHERE id = ?"), {customer}));
    QVERIFY(exec(QStringLiteral("INSERT INTO branch(id, code, name, city, address, created_at, "
                                "updated_at) VALUES ('b2', '310199', '二号支行', '上海', '', "
                                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = 'b2' WHERE id = ?"), {customer}));
    QVERIFY(scalar(QStringLiteral("SELECT sum(heard) FROM voice_finding_figure WHERE branch_id = 'b2'")).toInt() > 0);
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET branch_id = ? WHERE id = ?"), {m_branchId, customer}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(exec(QStringLiteral("CREATE TEMP TABLE kept_customer AS SELECT * FROM customer WHERE id = ?"),
                 {customer}));
    QVERIFY(exec(QStringLiteral("DELETE FROM customer WHERE id = ?"), {customer}));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    QVERIFY(exec(QStringLiteral("INSERT INTO customer SELECT * FROM kept_customer")));
    QVERIFY(exec(QStringLiteral("DROP TABLE kept_customer")));
    QVERIFY(exec(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    // Rows that fell to nothing are gone (the table is the recount, exactly).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM voice_finding_figure WHERE heard <= 0")),
             QStringLiteral("0"));
}

void tst_VoiceFindingFigures::keptThroughPulledChangesErasureAndAMove()
{
    // From an exact table, whatever the test before left: each kind of write fails here alone.
    QVERIFY(exec(QStringLiteral("DELETE FROM voice_finding_figure")));
    QVERIFY(exec(QStringLiteral("INSERT INTO voice_finding_figure(branch_id, noted_on, call_list_id, "
                                "family, kind, label, heard) ") + QLatin1String(kRecount)));
    QString problem;
    const QString finding = countedFinding(3);
    const QString other = countedFinding(11);
    QVERIFY(!finding.isEmpty() && !other.isEmpty());
    const QString customer = scalar(QStringLiteral("SELECT customer_id FROM voice_finding WHERE id = ?"),
                                    {finding});
    const auto heardOn = [this](const QString &findingId) {
        return scalar(QStringLiteral(
                "SELECT v.heard FROM voice_finding_figure v JOIN voice_finding f ON "
                "v.noted_on = f.noted_on AND v.call_list_id = coalesce(f.call_list_id, '') AND "
                "v.family = f.family AND v.kind = f.kind AND v.label = f.label "
                "JOIN customer c ON c.id = f.customer_id AND c.branch_id = v.branch_id WHERE f.id = ?"),
                {findingId}).toInt();
    };

    // A finding another desk heard in a note (the same columns, another position) and a
    // dismissal another desk made.
    const QJsonObject row = QJsonDocument::fromJson(scalar(QStringLiteral(
            "SELECT json_object('customer_id', customer_id, 'note_table', note_table, 'note_id', note_id, "
            "'note_field', note_field, 'noted_on', noted_on, 'call_list_id', call_list_id, 'kind', kind, "
            "'label', label, 'family', family, 'start_utf16', start_utf16 + 3, 'length_utf16', length_utf16, "
            "'hedged', hedged, 'lexicon', lexicon, 'updated_at', updated_at, 'deleted', 0) "
            "FROM voice_finding WHERE id = ?"), {finding}).toUtf8()).object();
    QVERIFY(!row.isEmpty());
    const int before = heardOn(finding);
    QVERIFY(apply(pulled(QStringLiteral("voice_finding"), QStringLiteral("vf-pulled"), row)));
    QCOMPARE(heardOn(finding), before + 1);
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    const int otherBefore = heardOn(other);
    QVERIFY(apply(pulled(QStringLiteral("voice_review"), other,
                         {{QStringLiteral("customer_id"),
                           scalar(QStringLiteral("SELECT customer_id FROM voice_finding WHERE id = ?"), {other})},
                          {QStringLiteral("decision"), QStringLiteral("dismissed")},
                          {QStringLiteral("decided_at"), QStringLiteral("2026-11-21T08:00:00Z")},
                          {QStringLiteral("updated_at"), QStringLiteral("2026-11-21T08:00:00Z")},
                          {QStringLiteral("deleted"), 0}})));
    QCOMPARE(heardOn(other) , otherBefore - 1);
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));

    // Erasure: the customer's findings are tombstoned, so they count no more.
    const int customerCounted = scalar(QStringLiteral(
            "SELECT count(*) FROM voice_finding WHERE customer_id = ? AND deleted = 0 AND kind IN "
            "('objection', 'competitor')"), {customer}).toInt();
    QVERIFY(customerCounted >= 2);
    const int branchBefore = scalar(QStringLiteral("SELECT sum(heard) FROM voice_finding_figure "
                                                   "WHERE branch_id = ?"), {m_branchId}).toInt();
    {
        Transaction transaction(m_store.database());
        QVERIFY_RESULT(CustomerDataSweep(m_store).erase(CustomerId(customer)));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(scalar(QStringLiteral("SELECT sum(heard) FROM voice_finding_figure WHERE branch_id = ?"),
                    {m_branchId}).toInt(),
             branchBefore - customerCounted);
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));

    // A customer moved to another branch there (a pulled placement), then dropped here with
    // everything that hangs off them.
    const QString moved = scalar(QStringLiteral(
            "SELECT f.customer_id FROM voice_finding f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.deleted = 0 AND c.deleted = 0 AND f.kind IN ('objection', 'competitor') "
            "AND f.customer_id <> ? GROUP BY f.customer_id HAVING count(*) >= 2 ORDER BY f.customer_id DESC LIMIT 1"),
            {customer});
    QVERIFY(!moved.isEmpty());
    QVERIFY(exec(QStringLiteral("INSERT OR IGNORE INTO branch(id, code, name, city, address, created_at, "
                                "updated_at) VALUES ('b3', '310198', '三号支行', '上海', '', "
                                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")));
    QVERIFY(apply(pulled(QStringLiteral("customer"), moved, {{QStringLiteral("branch_id"), QStringLiteral("b3")}})));
    QVERIFY(scalar(QStringLiteral("SELECT sum(heard) FROM voice_finding_figure WHERE branch_id = 'b3'")).toInt() >= 2);
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
    Result<int> dropped = MovedCustomers(m_store).removeAwayFrom(m_branchId);
    QVERIFY_RESULT(dropped);
    QVERIFY(*dropped >= 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM customer WHERE id = ?"), {moved}), QStringLiteral("0"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM voice_finding_figure WHERE branch_id <> ?"), {m_branchId}),
             QStringLiteral("0"));
    QVERIFY2(figuresMatchFindings(m_store, &problem), qPrintable(problem));
}

void tst_VoiceFindingFigures::theReportIsTheRecountForAnyPeriod()
{
    // Some findings dismissed, so that the report has something to leave out.
    QVERIFY(exec(QStringLiteral(
            "INSERT OR IGNORE INTO voice_review(id, customer_id, decision, decided_at, updated_at) "
            "SELECT id, customer_id, 'dismissed', '2026-11-22T08:00:00Z', '2026-11-22T08:00:00Z' "
            "FROM voice_finding WHERE kind IN ('objection', 'competitor') AND deleted = 0 AND "
            "rowid % 9 = 0")));
    const QString first = scalar(QStringLiteral("SELECT min(noted_on) FROM voice_finding"));
    const QString last = scalar(QStringLiteral("SELECT max(noted_on) FROM voice_finding"));
    const QDate from = QDate::fromString(first, Qt::ISODate);
    const QDate to = QDate::fromString(last, Qt::ISODate);
    QVERIFY(from.isValid() && to.isValid() && from.daysTo(to) > 20);
    const QDate middle = from.addDays(from.daysTo(to) / 2);
    struct Period
    {
        QDate from;
        QDate to;
    };
    // Everything, the tab's three months, days inside one month, one day, a period that
    // starts and ends inside months, nothing.
    const QList<Period> periods{{from, to},
                                {to.addMonths(-3), to},
                                {QDate(middle.year(), middle.month(), 3), QDate(middle.year(), middle.month(), 17)},
                                {middle, middle},
                                {from.addDays(5), to.addDays(-9)},
                                {to.addDays(1), to.addDays(40)}};
    int compared = 0;
    for (const Period &period : periods) {
        QStringList expected = test::rows(m_store, QStringLiteral(
                "SELECT coalesce(f.call_list_id, ''), coalesce(l.name, ''), f.family, "
                "substr(f.noted_on, 1, 7), f.kind, f.label, count(*) FROM voice_finding f "
                "JOIN customer c ON c.id = f.customer_id "
                "LEFT JOIN call_list l ON l.id = f.call_list_id "
                "LEFT JOIN voice_review r ON r.id = f.id AND r.deleted = 0 "
                "WHERE f.deleted = 0 AND c.branch_id = ? AND f.kind IN ('objection', 'competitor') "
                "AND f.noted_on BETWEEN ? AND ? AND coalesce(r.decision, '') <> 'dismissed' "
                "GROUP BY 1, 2, 3, 4, 5, 6"),
                {m_branchId, period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)});
        const Result<QList<VoiceReportRow>> report = VoiceQueries(m_store).report(m_branchId, period.from, period.to);
        QVERIFY_RESULT(report);
        QStringList got;
        for (const VoiceReportRow &r : *report)
            got << QStringList{r.callListId, r.callListName, r.family, r.month, r.kind, r.label,
                               QString::number(r.count)}.join(QLatin1Char('|'));
        // Newest month first, as the tab lists it.
        for (int i = 1; i < report->size(); ++i)
            QVERIFY(report->at(i - 1).month >= report->at(i).month);
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
        compared += int(got.size());
    }
    QVERIFY(compared > 20);
}

void tst_VoiceFindingFigures::theReportReadsNoFinding()
{
    // The statements of the report, caught as they run, and their plans: the kept counts
    // only; no finding, review or customer row (every one of the period was read before).
    QStringList statements = test::statementsRunBy(m_store, [this] {
        QVERIFY_RESULT(VoiceQueries(m_store).report(m_branchId, QDate(2000, 1, 1), QDate(2100, 1, 1)));
    });
    QVERIFY(!statements.isEmpty());
    // A step reads a table as "SCAN <alias>" or "SEARCH <alias> USING ..."; the report's own
    // alias for the kept table is v.
    static const QRegularExpression readsFindings(
            QStringLiteral("^(SCAN|SEARCH) (f|r|c|voice_finding|voice_review|customer)( |$)"));
    QStringList read;
    for (const QString &sql : std::as_const(statements)) {
        for (const QString &step : test::planSteps(m_store, sql)) {
            if (readsFindings.match(step).hasMatch())
                read << sql.simplified().left(120) + QStringLiteral(" -> ") + step;
        }
    }
    QVERIFY2(read.isEmpty(), qPrintable(read.join(QLatin1Char('\n'))));
}

void tst_VoiceFindingFigures::filledByTheMigrationAndABaseline()
{
    const QString path = m_dir.filePath(QStringLiteral("migrated.db"));
    const QString made = test::demoFileAt(path, 300);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    // Dismissals and tombstones made before the upgrade (the fill leaves their findings out),
    // and findings of a call list (counted under it).
    {
        Store store;
        QVERIFY_RESULT(store.open(path));
        QVERIFY(test::exec(store, QStringLiteral(
                "INSERT INTO voice_review(id, customer_id, decision, decided_at, updated_at) "
                "SELECT id, customer_id, 'dismissed', '2026-11-22T08:00:00Z', '2026-11-22T08:00:00Z' "
                "FROM voice_finding WHERE kind IN ('objection', 'competitor') AND rowid % 5 = 0")));
        QVERIFY(test::exec(store, QStringLiteral("UPDATE voice_finding SET deleted = 1 WHERE rowid % 7 = 1")));
        QVERIFY(test::exec(store, QStringLiteral("UPDATE voice_finding SET call_list_id = (SELECT id FROM "
                                                 "call_list ORDER BY id LIMIT 1) WHERE rowid % 3 = 2")));
    }
    // Back to the schema before 0039, with the findings already there, and 0039 again.
    QStringList undo{QStringLiteral("DROP TABLE voice_finding_figure")};
    for (const char *trigger : {"insert", "delete", "update", "review_insert", "review_delete",
                                "review_update", "customer_insert", "customer_delete", "customer_update"})
        undo << QStringLiteral("DROP TRIGGER voice_finding_figure_%1").arg(QLatin1String(trigger));
    const QString script = test::undoAndRunMigrationScript(
            path, undo, QStringLiteral(":/migrations/sqlite/0039_voice_finding_figure.sql"));
    QVERIFY2(script.isEmpty(), qPrintable(script));
    // Opened at the latest schema, and a baseline of it loaded in reverse (children before
    // their parents): the kept table is right in both, and local.
    const QString kept = test::keptAfterMigrationAndBaseline(
            path, m_dir.filePath(QStringLiteral("baseline.db")), QStringLiteral("voice_finding_figure"),
            figuresMatchFindings);
    QVERIFY2(kept.isEmpty(), qPrintable(kept));
}

QTEST_GUILESS_MAIN(tst_VoiceFindingFigures)
#include "tst_voice_finding_figures.moc"
