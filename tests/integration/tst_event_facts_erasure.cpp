// Issue 13, "erased values exist nowhere afterwards", on the server's view of its customers
// for event rules (event_customer, docs/EVENTS.md): found by tst_fault_run (PostgreSQL seed
// 1302) as an erased customer's industry in event_customer.profile. An edit stamped before
// an erasure that reaches the log after it is blanked there by LogErasure, but the server's
// facts may read it first (a server stopped between the two). Once a customer's erasure is
// folded, no later edit brings a value back. And the facts, read from the log only at the
// next batch of events or hourly sweep, take an erasure at once: a real branchdesk-server
// (restarted, so that it reads the log) and a workstation file.
#include "../common/EmbeddedServerStore.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/server/ServerStore.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataSweep.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_EventFactsErasure : public QObject
{
    Q_OBJECT

private slots:
    void editReadAfterTheErasureBringsNothingBack();
    void erasureReachesTheFactsAtOnce();
};

void tst_EventFactsErasure::editReadAfterTheErasureBringsNothingBack()
{
    QTemporaryDir dir;
    ServerStore store;
    const Result<> opened
            = test::openEmbeddedStore(store, dir.filePath(QStringLiteral("server.db")));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    const BranchId branch(Uuid7Generator::generate());
    QVERIFY(store.branches().ensure({branch, QStringLiteral("131302"), QStringLiteral("Main")}));

    const QString customer = Uuid7Generator::generate();
    const auto change = [&](const QJsonObject &fields, const QString &hlc) {
        SyncChange c;
        c.changeId = Uuid7Generator::generate();
        c.table = QStringLiteral("customer");
        c.rowId = customer;
        c.op = QStringLiteral("upsert");
        c.fields = fields;
        c.hlc = hlc;
        return c;
    };
    const QString erasedCif = QStringLiteral("ERASED-") + customer;
    QVERIFY(store.events().facts().fold(
            branch,
            {change({{QStringLiteral("branch_id"), branch.toString()},
                     {QStringLiteral("cif_no"), QStringLiteral("F131302")},
                     {QStringLiteral("industry"), QStringLiteral("值1302C-1")}},
                    QStringLiteral("0000000000001-0000-a")),
             change({{QStringLiteral("cif_no"), erasedCif},
                     {QStringLiteral("industry"), QString()},
                     {QStringLiteral("erased_at"), QStringLiteral("2026-12-06T13:00:00Z")}},
                    QStringLiteral("0000000000003-0000-b")),
             // Made where the erasure was not yet known; read before LogErasure blanked it.
             change({{QStringLiteral("industry"), QStringLiteral("值1302C-403")}},
                    QStringLiteral("0000000000002-0000-c"))}));
    const std::optional<CustomerProfile> profile = store.events().facts().byCif(erasedCif);
    QVERIFY(profile);
    QVERIFY(profile->erased);
    QCOMPARE(profile->industry, QString());
}

void tst_EventFactsErasure::erasureReachesTheFactsAtOnce()
{
    test::SyncServerFixture server{test::SyncServerFixture::Driver::Sqlite};
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString branch = Uuid7Generator::generate();
    QVERIFY(server.addBranch(branch, QStringLiteral("131303")));
    const QString password = QStringLiteral("facts-pass-1");
    QVERIFY(server.addAccount(QStringLiteral("head"), branch, StaffRole::BranchHead, password));
    QTemporaryDir dir;
    Store desk;
    QVERIFY(desk.open(dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(test::SyncServerFixture::addLocalBranch(desk, branch, QStringLiteral("131303")));
    const auto sync = [&] {
        return SyncEngine(desk, server.url(), QStringLiteral("head"), password).syncOnce().ok;
    };
    const QString id = Uuid7Generator::generate();
    const QString industry = QStringLiteral("值1301B-427");
    {
        Transaction transaction(desk.database());
        const QVariantMap fields{{QStringLiteral("branch_id"), branch},
                                 {QStringLiteral("cif_no"), QStringLiteral("F1301B427")},
                                 {QStringLiteral("name"), QStringLiteral("事实甲")},
                                 {QStringLiteral("industry"), industry},
                                 {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
        QSqlQuery insert(desk.database());
        insert.prepare(QStringLiteral("INSERT INTO customer(id, branch_id, cif_no, name, industry, "
                                      "opened_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                      "?, ?, ?)"));
        for (const QVariant &value : {QVariant(id), fields.value(QStringLiteral("branch_id")),
                                      fields.value(QStringLiteral("cif_no")),
                                      fields.value(QStringLiteral("name")), QVariant(industry),
                                      fields.value(QStringLiteral("opened_on")),
                                      QVariant(SqlTime::now()), QVariant(SqlTime::now())})
            insert.addBindValue(value);
        QVERIFY(insert.exec());
        QVERIFY(ChangeRecorder(desk).recordUpsert(QStringLiteral("customer"), id, fields, 0));
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync());
    // A server starting reads the log into its facts (the sweep): the industry is there.
    server.stopServer();
    QVERIFY2(server.startServer(), qPrintable(server.errorString()));
    const auto profile = [&] {
        QString text;
        {
            QSqlDatabase db = server.openDirect(QStringLiteral("facts-look"));
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT profile FROM event_customer WHERE customer_id = ?"));
            query.addBindValue(id);
            if (query.exec() && query.next())
                text = query.value(0).toString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("facts-look"));
        return text;
    };
    QVERIFY2(profile().contains(industry), qPrintable(profile()));
    {
        Transaction transaction(desk.database());
        QVERIFY(CustomerDataSweep(desk).erase(CustomerId(id)));
        QVERIFY(transaction.commit());
    }
    QVERIFY(sync());
    QVERIFY2(!profile().contains(industry), qPrintable(profile()));
    QVERIFY2(profile().contains(QStringLiteral("erased")), qPrintable(profile()));
}

QTEST_GUILESS_MAIN(tst_EventFactsErasure)
#include "tst_event_facts_erasure.moc"
