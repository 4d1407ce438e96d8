// Issue 13 (pull-apply speed): a pulled new row keeps one row clock instead of a clock per
// column (database/sync/FieldClock.h). Which side wins a conflict must not change: a field
// not written since the insert follows the insert's stamp, a field written since (pulled or
// typed here) follows its own, the per-field clocks a file written before keeps still
// decide, and clocks a dropped row left behind give way to its insert as they did.
// Real workstation files, pulled batches applied as ChangePull applies them; no server.
#include "../common/RecordedRows.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/MovedCustomers.h"
#include "database/sync/PulledBatch.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;
using test::scalar;

namespace {
const QString kInsertingNode = QStringLiteral("inserting-node");
const QString kOtherNode = QStringLiteral("other-node");
} // namespace

class tst_SyncRowClock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aPulledNewRowHoldsOneClock();
    void fieldNotWrittenSinceTheInsertFollowsItsStamp_data();
    void fieldNotWrittenSinceTheInsertFollowsItsStamp();
    void fieldPulledSinceTheInsertFollowsItsOwnClock();
    void fieldTypedHereSinceTheInsertFollowsItsOwnClock();
    void perFieldClocksOfAnOlderFileStillDecide();
    void clocksLeftByADroppedRowGiveWayToItsInsert();
    void customerPulledErasedAndMovedAwayKeepsTheErasureStamp();

private:
    // A stamp `minutes` after m_at from `node`.
    QString stamp(int minutes, const QString &node = kOtherNode) const;
    // Applies one pulled change of customer `id`; how many values were kept for review.
    int pull(const QString &id, int minutes, const QJsonObject &fields,
             const QString &node = kOtherNode);
    // A new customer pulled, stamped m_at + `minutes`, with occupation "teacher" and AUM 5000.
    QString pulledCustomer(int minutes, const QJsonObject &more = {});
    QString values(const QString &id);
    // A branch row as a workstation's set-up writes it (not through the outbox).
    bool addBranch(const QString &id, const QString &code);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_branch;
    qint64 m_at = 0;
    int m_seq = 0;
    int m_files = 0;
};

void tst_SyncRowClock::init()
{
    m_store = std::make_unique<Store>();
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("desk%1.db").arg(++m_files))));
    m_branch = Uuid7Generator::generate();
    QVERIFY(addBranch(m_branch, QStringLiteral("321301")));
    // Well before now, so that an edit typed here is stamped after every pulled stamp.
    m_at = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000;
}

bool tst_SyncRowClock::addBranch(const QString &id, const QString &code)
{
    QSqlQuery insert(m_store->database());
    insert.prepare(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                  "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', "
                                  "'2026-01-01T00:00:00Z')"));
    insert.addBindValue(id);
    insert.addBindValue(code);
    insert.addBindValue(code);
    return insert.exec();
}

QString tst_SyncRowClock::stamp(int minutes, const QString &node) const
{
    return HlcStamp{m_at + minutes * 60000, 0, node}.toString();
}

int tst_SyncRowClock::pull(const QString &id, int minutes, const QJsonObject &fields,
                           const QString &node)
{
    SyncChange change;
    change.changeId = Uuid7Generator::generate();
    change.table = QStringLiteral("customer");
    change.rowId = id;
    change.op = QStringLiteral("upsert");
    change.fields = fields;
    change.hlc = stamp(minutes, node);
    change.originNode = node;
    change.schemaVersion = Store::latestSchemaVersion();
    change.seq = ++m_seq;
    PulledBatch batch;
    batch.epoch = QStringLiteral("row-clock");
    batch.lastSeq = m_seq;
    batch.changes << change;
    const Result<PulledBatch::Applied> applied = batch.apply(*m_store, {});
    if (!applied) {
        qWarning("pull failed: %s", qPrintable(applied.errorString()));
        return -1;
    }
    return applied->conflicts;
}

QString tst_SyncRowClock::pulledCustomer(int minutes, const QJsonObject &more)
{
    const QString id = Uuid7Generator::generate();
    QJsonObject fields{{QStringLiteral("branch_id"), m_branch},
                       {QStringLiteral("cif_no"), QStringLiteral("RC%1").arg(m_seq, 6, 10, QLatin1Char('0'))},
                       {QStringLiteral("name"), QStringLiteral("钟表")},
                       {QStringLiteral("occupation"), QStringLiteral("teacher")},
                       {QStringLiteral("aum_fen"), 5000},
                       {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    return pull(id, minutes, fields, kInsertingNode) == 0 ? id : QString();
}

QString tst_SyncRowClock::values(const QString &id)
{
    return scalar(*m_store,
                  QStringLiteral("SELECT coalesce(occupation, '') || '/' || aum_fen || '/' || "
                                 "coalesce(industry, '') FROM customer WHERE id = ?"),
                  {id})
            .toString();
}

void tst_SyncRowClock::aPulledNewRowHoldsOneClock()
{
    // What makes a pulled new customer cheaper: one clock row, not one per column.
    const QString id = pulledCustomer(5);
    QVERIFY(!id.isEmpty());
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) || ' ' || max(hlc) FROM "
                                             "sync_field_clock WHERE row_id = ?"), {id})
                     .toString(),
             QStringLiteral("1 ") + stamp(5, kInsertingNode));
}

void tst_SyncRowClock::fieldNotWrittenSinceTheInsertFollowsItsStamp_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<int>("conflicts");
    // An edit from a desk whose clock ran behind the insert's: the values stay, both listed.
    QTest::newRow("stamped before the insert") << 3 << QStringLiteral("teacher/5000/") << 2;
    QTest::newRow("stamped after the insert") << 7 << QStringLiteral("farmer/7000/") << 0;
}

void tst_SyncRowClock::fieldNotWrittenSinceTheInsertFollowsItsStamp()
{
    QFETCH(int, minutes);
    QFETCH(QString, kept);
    QFETCH(int, conflicts);
    const QString id = pulledCustomer(5);
    QVERIFY(!id.isEmpty());
    QCOMPARE(pull(id, minutes, {{QStringLiteral("occupation"), QStringLiteral("farmer")},
                                {QStringLiteral("aum_fen"), 7000}}),
             conflicts);
    QCOMPARE(values(id), kept);
}

void tst_SyncRowClock::fieldPulledSinceTheInsertFollowsItsOwnClock()
{
    // Inserted at 5, occupation pulled again at 9; then a desk's concurrent edit at 7 of
    // both fields: occupation keeps the later edit (its own clock, 9), AUM takes the edit
    // (the row clock, 5).
    const QString id = pulledCustomer(5);
    QVERIFY(!id.isEmpty());
    QCOMPARE(pull(id, 9, {{QStringLiteral("occupation"), QStringLiteral("nurse")}}), 0);
    QCOMPARE(pull(id, 7, {{QStringLiteral("occupation"), QStringLiteral("farmer")},
                          {QStringLiteral("aum_fen"), 7000}}),
             1);
    QCOMPARE(values(id), QStringLiteral("nurse/7000/"));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT field || ' ' || kept_hlc || ' ' || lost_hlc "
                                             "FROM sync_conflict WHERE row_id = ?"), {id})
                     .toString(),
             QStringLiteral("occupation ") + stamp(9) + QLatin1Char(' ') + stamp(7));
}

void tst_SyncRowClock::fieldTypedHereSinceTheInsertFollowsItsOwnClock()
{
    // Inserted at 5 (a day ago), occupation typed here now; a desk's edit at 7: occupation
    // keeps what was typed, AUM takes the edit.
    const QString id = pulledCustomer(5);
    QVERIFY(!id.isEmpty());
    {
        const int version = scalar(*m_store, QStringLiteral("SELECT version FROM customer WHERE "
                                                             "id = ?"), {id}).toInt();
        Transaction transaction(m_store->database());
        const auto updated = CustomerRepository(*m_store).update(
                id, {{QStringLiteral("occupation"), QStringLiteral("typed")}}, version);
        QVERIFY2(updated, qPrintable(updated.errorString()));
        QCOMPARE(*updated, CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(pull(id, 7, {{QStringLiteral("occupation"), QStringLiteral("farmer")},
                          {QStringLiteral("aum_fen"), 7000}}),
             1);
    QCOMPARE(values(id), QStringLiteral("typed/7000/"));
}

void tst_SyncRowClock::perFieldClocksOfAnOlderFileStillDecide()
{
    // A file written before the row clock holds one clock per column of the insert (here:
    // occupation written again at 9). They decide as they did; no row clock is made up.
    const QString id = pulledCustomer(5);
    QVERIFY(!id.isEmpty());
    QSqlQuery rewrite(m_store->database());
    QVERIFY(rewrite.exec(QStringLiteral("DELETE FROM sync_field_clock WHERE row_id = '%1'").arg(id)));
    for (const QString &field : {QStringLiteral("id"), QStringLiteral("branch_id"),
                                 QStringLiteral("cif_no"), QStringLiteral("name"),
                                 QStringLiteral("occupation"), QStringLiteral("aum_fen"),
                                 QStringLiteral("opened_on"), QStringLiteral("created_at"),
                                 QStringLiteral("updated_at")}) {
        rewrite.prepare(QStringLiteral("INSERT INTO sync_field_clock(table_name, row_id, field, "
                                       "hlc) VALUES ('customer', ?, ?, ?)"));
        rewrite.addBindValue(id);
        rewrite.addBindValue(field);
        rewrite.addBindValue(field == QLatin1String("occupation") ? stamp(9, kInsertingNode)
                                                                  : stamp(5, kInsertingNode));
        QVERIFY2(rewrite.exec(), qPrintable(rewrite.lastError().text()));
    }
    // At 7: occupation stays (9), AUM is taken (5), industry (no clock: not brought) taken.
    QCOMPARE(pull(id, 7, {{QStringLiteral("occupation"), QStringLiteral("farmer")},
                          {QStringLiteral("aum_fen"), 7000},
                          {QStringLiteral("industry"), QStringLiteral("retail")}}),
             1);
    QCOMPARE(values(id), QStringLiteral("teacher/7000/retail"));
    // At 3: nothing is taken; AUM (now 7) and the cif number (5) are listed.
    QCOMPARE(pull(id, 3, {{QStringLiteral("aum_fen"), 1},
                          {QStringLiteral("cif_no"), QStringLiteral("RC-OLD")}}),
             2);
    QCOMPARE(values(id), QStringLiteral("teacher/7000/retail"));
}

void tst_SyncRowClock::clocksLeftByADroppedRowGiveWayToItsInsert()
{
    // A row dropped here with its customer's move leaves its clocks (MovedCustomers deletes
    // the customer's own, not those of the rows dropped with them). When a row of that id
    // is pulled again, the columns it brings take its stamp, even an earlier one; a column
    // it does not bring keeps what was left. Here: occupation and industry left at 9, the
    // insert at 5 brings occupation only; edits at 7 take occupation, not industry.
    const QString id = Uuid7Generator::generate();
    QSqlQuery left(m_store->database());
    for (const QString &field : {QStringLiteral("occupation"), QStringLiteral("industry")}) {
        left.prepare(QStringLiteral("INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
                                    "VALUES ('customer', ?, ?, ?)"));
        left.addBindValue(id);
        left.addBindValue(field);
        left.addBindValue(stamp(9));
        QVERIFY2(left.exec(), qPrintable(left.lastError().text()));
    }
    QCOMPARE(pull(id, 5,
                  {{QStringLiteral("branch_id"), m_branch},
                   {QStringLiteral("cif_no"), QStringLiteral("RC-BACK")},
                   {QStringLiteral("name"), QStringLiteral("回来")},
                   {QStringLiteral("occupation"), QStringLiteral("teacher")},
                   {QStringLiteral("aum_fen"), 5000},
                   {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}},
                  kInsertingNode),
             0);
    QCOMPARE(pull(id, 7, {{QStringLiteral("occupation"), QStringLiteral("farmer")},
                          {QStringLiteral("industry"), QStringLiteral("retail")}}),
             1);
    QCOMPARE(values(id), QStringLiteral("farmer/5000/"));
}

void tst_SyncRowClock::customerPulledErasedAndMovedAwayKeepsTheErasureStamp()
{
    // A customer who arrives erased and kept by another branch is dropped here; what is
    // remembered of them keeps the stamp of their erasure (the insert's), so that a later
    // edit naming them is told whether it came after it (MovedCustomers, F34).
    const QString other = Uuid7Generator::generate();
    QVERIFY(addBranch(other, QStringLiteral("321302")));
    const QString id = pulledCustomer(5, {{QStringLiteral("branch_id"), other},
                                          {QStringLiteral("erased_at"),
                                           QStringLiteral("2026-12-01T00:00:00Z")}});
    QVERIFY(!id.isEmpty());
    const Result<int> removed = MovedCustomers(*m_store).removeAwayFrom(m_branch);
    QVERIFY2(removed, qPrintable(removed.errorString()));
    QCOMPARE(*removed, 1);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT erased_at FROM sync_moved_away WHERE "
                                             "row_id = ?"), {id})
                     .toString(),
             stamp(5, kInsertingNode));
}

QTEST_GUILESS_MAIN(tst_SyncRowClock)
#include "tst_sync_row_clock.moc"
