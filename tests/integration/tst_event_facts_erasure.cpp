// Issue 13, "erased values exist nowhere afterwards", on the server's view of its customers
// for event rules (event_customer, docs/EVENTS.md): found by tst_fault_run (PostgreSQL seed
// 1302) as an erased customer's industry in event_customer.profile. An edit stamped before
// an erasure that reaches the log after it is blanked there by LogErasure, but the server's
// facts may read it first (a server stopped between the two). Once a customer's erasure is
// folded, no later edit brings a value back. The server's embedded SQLite store in a file.
#include "app/domain/Uuid7.h"
#include "app/server/ServerStore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_EventFactsErasure : public QObject
{
    Q_OBJECT

private slots:
    void editReadAfterTheErasureBringsNothingBack();
};

void tst_EventFactsErasure::editReadAfterTheErasureBringsNothingBack()
{
    QTemporaryDir dir;
    ServerStore store;
    ServerStore::Settings settings;
    settings.driver = ServerStore::Settings::Driver::Sqlite;
    settings.path = dir.filePath(QStringLiteral("server.db"));
    const Result<> opened = store.open(settings);
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

QTEST_GUILESS_MAIN(tst_EventFactsErasure)
#include "tst_event_facts_erasure.moc"
