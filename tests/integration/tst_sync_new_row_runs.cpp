// Issue 13 (pull-apply speed): a pulled batch's new rows go in by runs, a few hundred rows
// per statement (RemoteChangeApplier::insertNewRows). What the files hold afterwards must be
// what applying the same changes one by one gives: the rows, their derived columns and the
// figures the triggers keep, row clocks, search keys, conflicts and held changes. And a
// change in the middle of a run that cannot be applied as a new row (refused by the schema,
// waiting for its parent, a row already here, clocks left by a dropped row, its id twice)
// is handled as it would be alone while the rest of the run still applies.
// Real workstation files, batches applied as ChangePull applies them; no server.
#include "../common/RecordedRows.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/PulledBatch.h"
#include "database/sync/RemoteChangeApplier.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace bd;

namespace {
const QString kNode = QStringLiteral("importing-node");
constexpr int kRun = 3 * RemoteChangeApplier::kMinimumRun; // long enough for runs
} // namespace

class tst_SyncNewRowRuns : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aRunStoresWhatOneByOneStores_data();
    void aRunStoresWhatOneByOneStores();

private:
    struct Desk
    {
        std::unique_ptr<Store> store;
        int seq = 0;
    };
    // A new workstation file with the branch and one staff user (the manager some rows name).
    void openDesk(Desk &desk);
    // The changes applied as one pulled batch (runs), or each as a batch of its own
    // (shorter than a run: the one-by-one way), with the search keys following.
    bool apply(Desk &desk, const QList<SyncChange> &changes, bool oneByOne);
    // Everything the apply wrote, as text, but the stamps of the batch's own time.
    QString contents(Store &store);
    SyncChange newCustomer(int i, const QJsonObject &more = {});

    QTemporaryDir m_dir;
    int m_files = 0;
    QString m_branch;
    QString m_manager;
    qint64 m_at = 0;
};

void tst_SyncNewRowRuns::init()
{
    m_branch = Uuid7Generator::generate();
    m_manager = Uuid7Generator::generate();
    m_at = QDateTime::currentMSecsSinceEpoch() - 24 * 3600 * 1000;
}

void tst_SyncNewRowRuns::openDesk(Desk &desk)
{
    desk.store = std::make_unique<Store>();
    QVERIFY(desk.store->open(m_dir.filePath(QStringLiteral("desk%1.db").arg(++m_files))));
    QSqlQuery insert(desk.store->database());
    QVERIFY2(insert.exec(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                        "VALUES ('%1', '321301', '321301', '2026-01-01T00:00:00Z', "
                                        "'2026-01-01T00:00:00Z')")
                                 .arg(m_branch)),
             qPrintable(insert.lastError().text()));
}

SyncChange tst_SyncNewRowRuns::newCustomer(int i, const QJsonObject &more)
{
    SyncChange change;
    change.changeId = Uuid7Generator::generate();
    change.table = QStringLiteral("customer");
    change.rowId = Uuid7Generator::generate();
    change.op = QStringLiteral("upsert");
    QJsonObject fields{{QStringLiteral("branch_id"), m_branch},
                       {QStringLiteral("cif_no"), QStringLiteral("R%1").arg(i, 8, 10, QLatin1Char('0'))},
                       {QStringLiteral("name"), i % 2 ? QStringLiteral("单%1").arg(i) : QStringLiteral("王小明")},
                       {QStringLiteral("gender"), i % 3 ? QJsonValue(QStringLiteral("F")) : QJsonValue()},
                       {QStringLiteral("birth_date"), QStringLiteral("19%1-03-04").arg(50 + i % 40)},
                       {QStringLiteral("phone"), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0'))},
                       {QStringLiteral("address"), QStringLiteral("")},
                       {QStringLiteral("annual_income_fen"), 1000 * i},
                       {QStringLiteral("aum_fen"), 5000 + i},
                       {QStringLiteral("tier"), i % 5 ? QStringLiteral("ordinary") : QStringLiteral("gold")},
                       {QStringLiteral("risk_level"), i % 4 ? QJsonValue(1 + i % 5) : QJsonValue()},
                       {QStringLiteral("manager_id"), QJsonValue()},
                       {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
    for (auto it = more.constBegin(); it != more.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    change.fields = fields;
    change.hlc = HlcStamp{m_at + i * 1000, 0, kNode}.toString();
    change.originNode = kNode;
    change.schemaVersion = Store::latestSchemaVersion();
    return change;
}

bool tst_SyncNewRowRuns::apply(Desk &desk, const QList<SyncChange> &changes, bool oneByOne)
{
    const qsizetype per = oneByOne ? 1 : changes.size();
    for (qsizetype from = 0; from < changes.size(); from += per) {
        PulledBatch batch;
        batch.epoch = QStringLiteral("runs");
        batch.changes = changes.mid(from, per);
        for (SyncChange &change : batch.changes)
            change.seq = ++desk.seq;
        batch.lastSeq = desk.seq;
        Store &store = *desk.store;
        const Result<PulledBatch::Applied> applied
                = batch.apply(store, [&store](const PulledBatch::Touched &touched) -> Result<> {
                      return CustomerSearchIndex(store).update(touched.customers.values());
                  });
        if (!applied) {
            qWarning("apply failed: %s", qPrintable(applied.errorString()));
            return false;
        }
    }
    return true;
}

QString tst_SyncNewRowRuns::contents(Store &store)
{
    // created_at/updated_at and detected_at are the applying batch's time; conflict ids are
    // made at random.
    const QStringList queries{
            QStringLiteral("SELECT * FROM customer ORDER BY id"),
            QStringLiteral("SELECT * FROM sync_field_clock ORDER BY table_name, row_id, field"),
            QStringLiteral("SELECT * FROM customer_search_key ORDER BY key, customer_id"),
            QStringLiteral("SELECT * FROM customer_figure ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT * FROM offer_peer_share ORDER BY 1, 2, 3, 4"),
            QStringLiteral("SELECT table_name, row_id, field, kept_value, lost_value, kept_hlc, "
                           "lost_hlc, reason FROM sync_conflict ORDER BY row_id, field"),
            QStringLiteral("SELECT change_id, table_name, row_id FROM sync_held_change ORDER BY 1"),
            QStringLiteral("SELECT value FROM sync_state WHERE key = 'cursor'")};
    QStringList out;
    for (const QString &sql : queries) {
        QSqlQuery query(store.database());
        if (!query.exec(sql))
            return QStringLiteral("cannot read: ") + sql + query.lastError().text();
        out << sql;
        while (query.next()) {
            QStringList row;
            const QSqlRecord record = query.record();
            for (int c = 0; c < record.count(); ++c) {
                const QString name = record.fieldName(c);
                if (name == QLatin1String("created_at") || name == QLatin1String("updated_at"))
                    continue;
                const QVariant value = query.value(c);
                row << name + QLatin1Char('=')
                                + (value.isNull() ? QStringLiteral("NULL")
                                                  : value.toString() + QLatin1Char('/')
                                                          + QString::fromLatin1(value.metaType().name()));
            }
            out << row.join(QLatin1Char(' '));
        }
    }
    return out.join(QLatin1Char('\n'));
}

void tst_SyncNewRowRuns::aRunStoresWhatOneByOneStores_data()
{
    QTest::addColumn<QString>("odd"); // what is special about the change in the middle
    // How many changes the first run inserts: all, none (a refused row undoes its run),
    // or those before the odd one.
    QTest::addColumn<int>("firstRun");
    const int middle = kRun / 2;
    QTest::newRow("all new") << QString() << kRun;
    QTest::newRow("refused by a CHECK") << QStringLiteral("check") << 0;
    QTest::newRow("CIF another new row has") << QStringLiteral("cif") << 0;
    QTest::newRow("manager not here yet") << QStringLiteral("parent") << 0;
    QTest::newRow("row already here") << QStringLiteral("here") << middle;
    QTest::newRow("clocks left by a dropped row") << QStringLiteral("clocks") << middle;
    QTest::newRow("same row twice") << QStringLiteral("twice") << middle;
    QTest::newRow("other columns") << QStringLiteral("columns") << middle;
}

void tst_SyncNewRowRuns::aRunStoresWhatOneByOneStores()
{
    QFETCH(QString, odd);
    QFETCH(int, firstRun);
    QList<SyncChange> changes;
    for (int i = 0; i < kRun; ++i)
        changes << newCustomer(i);
    const int middle = kRun / 2;
    QList<SyncChange> before; // applied first, on both files, one by one
    if (odd == QLatin1String("check"))
        changes[middle].fields.insert(QStringLiteral("gender"), QStringLiteral("X"));
    else if (odd == QLatin1String("cif"))
        changes[middle].fields.insert(QStringLiteral("cif_no"), changes.at(3).fields.value(QStringLiteral("cif_no")));
    else if (odd == QLatin1String("parent"))
        changes[middle].fields.insert(QStringLiteral("manager_id"), m_manager);
    else if (odd == QLatin1String("here")) {
        SyncChange earlier = changes.at(middle);
        earlier.changeId = Uuid7Generator::generate();
        earlier.hlc = HlcStamp{m_at - 60000, 0, kNode}.toString();
        earlier.fields.insert(QStringLiteral("occupation"), QStringLiteral("teacher"));
        before << earlier;
    } else if (odd == QLatin1String("twice")) {
        SyncChange again = changes.at(middle - 5);
        again.changeId = Uuid7Generator::generate();
        again.hlc = HlcStamp{m_at + kRun * 1000, 0, kNode}.toString();
        again.fields = {{QStringLiteral("aum_fen"), 777}};
        changes.insert(middle, again);
    } else if (odd == QLatin1String("columns")) {
        changes[middle].fields.insert(QStringLiteral("occupation"), QStringLiteral("nurse"));
    }
    Desk runs;
    Desk alone;
    Desk direct; // the first run alone, undone afterwards
    openDesk(runs);
    openDesk(alone);
    openDesk(direct);
    if (QTest::currentTestFailed())
        return;
    for (Desk *desk : {&runs, &alone, &direct}) {
        if (odd == QLatin1String("clocks")) {
            // What a row dropped with its customer's move leaves (tst_sync_row_clock).
            QSqlQuery left(desk->store->database());
            QVERIFY(left.exec(QStringLiteral("INSERT INTO sync_field_clock(table_name, row_id, "
                                             "field, hlc) VALUES ('customer', '%1', 'aum_fen', '%2')")
                                      .arg(changes.at(middle).rowId,
                                           HlcStamp{m_at + 999999, 0, kNode}.toString())));
        }
        QVERIFY(apply(*desk, before, true));
    }
    {
        Transaction transaction(direct.store->database());
        RemoteChangeApplier applier(*direct.store);
        const Result<qsizetype> inserted = applier.insertNewRows(changes, 0);
        QVERIFY2(inserted, qPrintable(inserted.errorString()));
        QCOMPARE(int(*inserted), firstRun);
        QCOMPARE(test::scalar(*direct.store, QStringLiteral("SELECT count(*) FROM customer")).toInt(),
                 firstRun + int(before.size()));
    }
    QVERIFY(apply(runs, changes, false));
    QVERIFY(apply(alone, changes, true));
    const QString expected = contents(*alone.store);
    const QString got = contents(*runs.store);
    if (got != expected) {
        const QStringList a = got.split(QLatin1Char('\n'));
        const QStringList b = expected.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
            if (a.value(i) != b.value(i)) {
                qWarning("first difference at line %lld:\n runs:  %s\n alone: %s", qlonglong(i),
                         qPrintable(a.value(i)), qPrintable(b.value(i)));
                break;
            }
        }
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(tst_SyncNewRowRuns)
#include "tst_sync_new_row_runs.moc"
