// Seeded simulation: three workstations, their clocks a day apart, make random offline
// creates, edits and deletes over many rounds and sync in random order through the real
// server. At the end every workstation holds exactly the same customers.
#include "../common/SyncServerFixture.h"

#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bd;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;
const QStringList kEditable = {QStringLiteral("name"), QStringLiteral("phone"),
                               QStringLiteral("occupation"), QStringLiteral("industry"),
                               QStringLiteral("address")};
} // namespace

class tst_SyncSimulation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void workstationsConverge_data();
    void workstationsConverge();

private:
    bool createCustomer(Store &store, QRandomGenerator &random);
    bool editCustomer(Store &store, QRandomGenerator &random);
    bool deleteCustomer(Store &store, QRandomGenerator &random);
    QStringList liveCustomers(Store &store);
    QByteArray fingerprint(Store &store, int *rows);
    bool sync(Store &store, int workstation);

    test::SyncServerFixture m_server;
    QString m_branchId;
    int m_round = 0;
};

void tst_SyncSimulation::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QStringList tst_SyncSimulation::liveCustomers(Store &store)
{
    QStringList ids;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id FROM customer WHERE deleted = 0 ORDER BY id"));
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

bool tst_SyncSimulation::createCustomer(Store &store, QRandomGenerator &random)
{
    const QString id = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("branch_id"), m_branchId},
                             {QStringLiteral("cif_no"), QStringLiteral("C%1").arg(random.generate64() % 100000000000ull, 11, 10, QLatin1Char('0'))},
                             {QStringLiteral("name"), QStringLiteral("客户%1").arg(random.bounded(10000))},
                             {QStringLiteral("phone"), QStringLiteral("139%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'))},
                             {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
    Transaction transaction(store.database());
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO customer(id, branch_id, cif_no, name, phone, opened_on, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(id), fields.value(QStringLiteral("branch_id")),
                              fields.value(QStringLiteral("cif_no")), fields.value(QStringLiteral("name")),
                              fields.value(QStringLiteral("phone")), fields.value(QStringLiteral("opened_on")),
                              QVariant(SqlTime::now()), QVariant(SqlTime::now())})
        insert.addBindValue(v);
    return insert.exec()
            && ChangeRecorder(store).recordUpsert(QStringLiteral("customer"), id, fields, 0)
            && transaction.commit();
}

bool tst_SyncSimulation::editCustomer(Store &store, QRandomGenerator &random)
{
    const QStringList ids = liveCustomers(store);
    if (ids.isEmpty())
        return true;
    const QString id = ids.at(random.bounded(int(ids.size())));
    const QString field = kEditable.at(random.bounded(int(kEditable.size())));
    Transaction transaction(store.database());
    CustomerRepository customers(store);
    const auto row = customers.details(id);
    if (!row)
        return false;
    const QString value = field == QLatin1String("phone")
            ? QStringLiteral("138%1").arg(random.bounded(100000000), 8, 10, QLatin1Char('0'))
            : QStringLiteral("%1-%2").arg(field).arg(random.bounded(1000));
    const Result<CustomerRepository::UpdateResult> updated
            = customers.update(id, {{field, value}}, row->value(QStringLiteral("version")).toInt());
    return updated && *updated == CustomerRepository::UpdateResult::Updated
            && transaction.commit();
}

bool tst_SyncSimulation::deleteCustomer(Store &store, QRandomGenerator &random)
{
    const QStringList ids = liveCustomers(store);
    if (ids.isEmpty())
        return true;
    const QString id = ids.at(random.bounded(int(ids.size())));
    Transaction transaction(store.database());
    QSqlQuery remove(store.database());
    remove.prepare(QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"));
    remove.addBindValue(id);
    return remove.exec() && ChangeRecorder(store).recordDelete(QStringLiteral("customer"), id, 1)
            && transaction.commit();
}

bool tst_SyncSimulation::sync(Store &store, int workstation)
{
    SyncEngine engine(store, m_server.url(), QStringLiteral("ws%1-%2").arg(workstation).arg(m_round),
                      QStringLiteral("sim-pass-1"));
    const SyncEngine::Report report = engine.syncOnce();
    if (!report.ok)
        qWarning() << "sync failed:" << report.error;
    return report.ok;
}

QByteArray tst_SyncSimulation::fingerprint(Store &store, int *rows)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id, cif_no, name, coalesce(phone, ''), occupation, industry, "
                              "address, deleted FROM customer ORDER BY id"));
    *rows = 0;
    while (query.next()) {
        ++*rows;
        for (int i = 0; i < query.record().count(); ++i)
            hash.addData(query.value(i).toString().toUtf8() + '\x1f');
        hash.addData("\n");
    }
    return hash.result().toHex();
}

void tst_SyncSimulation::workstationsConverge_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << quint32(1);
    QTest::newRow("seed 20261123") << quint32(20261123);
    QTest::newRow("seed 4242") << quint32(4242);
}

void tst_SyncSimulation::workstationsConverge()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    std::unique_ptr<Store> stores[3];
    const qint64 skews[3] = {0, kDay, -kDay};
    for (int i = 0; i < 3; ++i) {
        stores[i] = std::make_unique<Store>();
        QVERIFY(stores[i]->open(dir.filePath(QStringLiteral("ws%1.db").arg(i))));
        stores[i]->setClockSkewForTesting(skews[i]);
    }
    // Each simulation is its own branch on the server, with an account per workstation.
    m_branchId = Uuid7Generator::generate();
    const QString code = QStringLiteral("31%1").arg(++m_round, 4, 10, QLatin1Char('0'));
    QVERIFY(m_server.addBranch(m_branchId, code));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(test::SyncServerFixture::addLocalBranch(*stores[i], m_branchId, code));
        QVERIFY(m_server.addAccount(QStringLiteral("ws%1-%2").arg(i).arg(m_round), m_branchId,
                                    StaffRole::WealthManager, QStringLiteral("sim-pass-1")));
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY(sync(*stores[i], i));

    for (int round = 0; round < 12; ++round) {
        for (auto &store : stores) {
            const int operations = random.bounded(1, 6);
            for (int op = 0; op < operations; ++op) {
                const int dice = random.bounded(100);
                const bool done = dice < 30   ? createCustomer(*store, random)
                        : dice < 92           ? editCustomer(*store, random)
                                              : deleteCustomer(*store, random);
                QVERIFY(done);
            }
        }
        // Workstations sync in a random order, and some not at all this round.
        for (int turn = 0; turn < 3; ++turn) {
            const int who = random.bounded(3);
            if (random.bounded(4) != 0)
                QVERIFY(sync(*stores[who], who));
        }
    }
    // Everyone syncs until quiet: two passes bring every change everywhere.
    for (int pass = 0; pass < 2; ++pass)
        for (int i = 0; i < 3; ++i)
            QVERIFY(sync(*stores[i], i));

    int rows[3] = {};
    const QByteArray first = fingerprint(*stores[0], &rows[0]);
    QVERIFY(rows[0] > 5);
    for (int i = 1; i < 3; ++i) {
        QCOMPARE(fingerprint(*stores[i], &rows[i]), first);
        QCOMPARE(rows[i], rows[0]);
    }
    for (auto &store : stores)
        QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
}

QTEST_GUILESS_MAIN(tst_SyncSimulation)
#include "tst_sync_simulation.moc"
