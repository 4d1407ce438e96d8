// Moving a customer to another branch, end to end over the real server (issue #7), on
// PostgreSQL and, built again as tst_sync_customer_move_sqlite, on the embedded store:
// branch A (a demo branch imported with import-branch, two workstations) and branch B (one
// workstation). A's branch head moves a customer with a reason; the other A workstation
// drops them with every row; B's workstation receives them with every row (equal field by
// field, personal data opened), finds them by name and phone, edits them, and A never sees
// them again. Forged or unauthorised moves are refused change by change.
//
// Long file: one move end to end, its cases building on one another over the same server
// and workstations.
#include "../common/ImportedDemoBranch.h"
#include "../common/ResultAssert.h"
#include "../common/SyncServerFixture.h"
#include "app/common/SyncProtocol.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/Uuid7.h"
#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerTransferCopy.h"
#include "database/customers/CustomerRepository.h"
#include "database/staff/BranchRepository.h"
#include "database/staff/StaffRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kBranchB = QStringLiteral("01a00000-0000-7000-8000-0000000b0099");
const QString kCodeB = QStringLiteral("310199");
const QString kPassword = QStringLiteral("move-pass-1");

using Rows = QMap<QString, QMap<QString, QVariantMap>>; // table -> row id -> opened columns
using Answer = test::SyncServerFixture::Answer;
} // namespace

class tst_SyncCustomerMove : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void movedCustomerArrivesWithAllRows();
    void forgedMovesAreRefusedOneByOne();
    void refusedMoveLosesNothing();
    void versionTwoWorkstationsStillServed();

private:
    Session sessionOf(Store &store, const QString &username);
    Rows rowsOf(Store &store, const QString &customerId);
    int rowCount(Store &store, const QString &customerId);
    QByteArray signIn(const QString &username);
    Answer push(const QByteArray &token, const QJsonArray &changes,
                int protocol = SyncProtocol::kVersion);
    SyncEngine::Report sync(Store &store, const QString &username);

    test::SyncServerFixture m_server { test::storeOfThisBuild(
            test::SyncServerFixture::Driver::Postgres) };
    QTemporaryDir m_dir;
    Store m_a1; // the imported workstation of branch A
    Store m_a2; // a second workstation of A, from the snapshot
    Store m_b;  // branch B's workstation
    QString m_branchA;
    QString m_moved;
};

Session tst_SyncCustomerMove::sessionOf(Store &store, const QString &username)
{
    Session session;
    session.user = StaffRepository(store).byUsername(username).value_or(StaffUser{});
    session.branch = BranchRepository(store).byId(session.user.branchId).value_or(Branch{});
    return session;
}

SyncEngine::Report tst_SyncCustomerMove::sync(Store &store, const QString &username)
{
    SyncEngine engine(store, m_server.url(), username, kPassword);
    return engine.syncOnce();
}

// Every row the customer takes along, personal data opened, as the new branch should have
// it: staff of the old branch cleared.
Rows tst_SyncCustomerMove::rowsOf(Store &store, const QString &customerId)
{
    Rows rows;
    QSqlQuery query(store.database());
    for (const QString &table : CustomerTransferCopy::tables()) {
        QStringList staff;
        QSqlQuery fk(store.database());
        fk.prepare(QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE "
                                  "\"table\" = 'staff_user'"));
        fk.addBindValue(table);
        if (fk.exec()) {
            while (fk.next())
                staff << fk.value(0).toString();
        }
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2")
                              .arg(table, CustomerTransferCopy::rowsOfCustomer(table)));
        query.addBindValue(customerId);
        if (!query.exec())
            qFatal("%s", qPrintable(query.lastError().text()));
        while (query.next()) {
            const QSqlRecord record = query.record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i) {
                const QString column = record.fieldName(i);
                const QVariant value = staff.contains(column)
                        ? QVariant()
                        : SensitiveColumns::openColumn(store, table, column, record.value(i));
                row.insert(column, value.isNull() ? QVariant() : QVariant(value.toString()));
            }
            rows[table].insert(row.value(QStringLiteral("id")).toString(), row);
        }
    }
    return rows;
}

int tst_SyncCustomerMove::rowCount(Store &store, const QString &customerId)
{
    int total = 0;
    const Rows rows = rowsOf(store, customerId);
    for (auto table = rows.cbegin(); table != rows.cend(); ++table) {
        if (table.key() != QLatin1String("tag")) // the catalogue is not the customer's
            total += int(table.value().size());
    }
    QSqlQuery keys(store.database());
    keys.prepare(QStringLiteral("SELECT count(*) FROM customer_search_key WHERE customer_id = ?"));
    keys.addBindValue(customerId);
    if (keys.exec() && keys.next())
        total += keys.value(0).toInt();
    return total;
}

QByteArray tst_SyncCustomerMove::signIn(const QString &username)
{
    return m_server.signIn(username, kPassword);
}

Answer tst_SyncCustomerMove::push(const QByteArray &token, const QJsonArray &changes, int protocol)
{
    const QJsonObject body{{QStringLiteral("protocol"), protocol},
                           {QStringLiteral("changes"), changes}};
    return m_server.request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                            QJsonDocument(body).toJson(), token);
}

void tst_SyncCustomerMove::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_a1.open(m_dir.filePath(QStringLiteral("a1.db"))));
    const Result<test::ImportedDemoBranch> imported
            = test::importDemoBranch(m_server, m_a1, 120, 0);
    QVERIFY_RESULT(imported);
    m_branchA = imported->branchId;
    QVERIFY2(imported->said.contains(QStringLiteral("imported")), qPrintable(imported->said));

    QVERIFY(m_server.addBranch(kBranchB, kCodeB));
    QVERIFY(m_server.addAccount(QStringLiteral("head.a"), m_branchA, StaffRole::BranchHead,
                                kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("wm.a"), m_branchA, StaffRole::WealthManager,
                                kPassword));
    QVERIFY(m_server.addAccount(QStringLiteral("head.b"), kBranchB, StaffRole::BranchHead,
                                kPassword));

    SnapshotDownload download(m_server.url(), QStringLiteral("wm.a"), kPassword);
    const QString a2 = m_dir.filePath(QStringLiteral("a2.db"));
    const Result<SnapshotDownload::Outcome> installed = download.install(a2);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    QCOMPARE(*installed, SnapshotDownload::Outcome::Installed);
    QVERIFY(m_a2.open(a2));
    QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b.db"))));
    for (auto [store, user] : {std::pair{&m_a1, QStringLiteral("head.a")},
                               std::pair{&m_a2, QStringLiteral("wm.a")},
                               std::pair{&m_b, QStringLiteral("head.b")}}) {
        const SyncEngine::Report report = sync(*store, user);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.movedAway, 0);
        // The branch list is reference data the server sends every workstation: A's learn
        // B's branch (the move's target), B's learns A's, none set up by hand.
        QSqlQuery branches(store->database());
        branches.prepare(QStringLiteral("SELECT count(*) FROM branch WHERE id IN (?, ?)"));
        branches.addBindValue(m_branchA);
        branches.addBindValue(kBranchB);
        QVERIFY(branches.exec() && branches.next());
        QCOMPARE(branches.value(0).toInt(), 2);
    }
}

void tst_SyncCustomerMove::movedCustomerArrivesWithAllRows()
{
    // A customer with holdings, transactions, contacts and a KYC questionnaire.
    QSqlQuery pick(m_a1.database());
    QVERIFY(pick.exec(QStringLiteral(
                    "SELECT c.id, c.name FROM customer c WHERE c.phone IS NOT NULL "
                    "AND EXISTS (SELECT 1 FROM holding h WHERE h.customer_id = c.id) "
                    "AND EXISTS (SELECT 1 FROM txn t WHERE t.customer_id = c.id) "
                    "AND EXISTS (SELECT 1 FROM interaction i WHERE i.customer_id = c.id) "
                    "AND EXISTS (SELECT 1 FROM kyc_session k JOIN kyc_answer a ON "
                    "a.session_id = k.id WHERE k.customer_id = c.id) LIMIT 1"))
            && pick.next());
    m_moved = pick.value(0).toString();
    const QString name = pick.value(1).toString();
    pick.finish();
    QVERIFY(rowCount(m_a2, m_moved) > 5);

    const Session head = sessionOf(m_a1, QStringLiteral("head"));
    QCOMPARE(head.user.role, StaffRole::BranchHead);
    CustomerTransferService service(m_a1, head);
    const auto moved = service.moveToBranch(CustomerId(m_moved), kBranchB,
                                            QStringLiteral("moved to the Pudong district"));
    QVERIFY2(moved, qPrintable(moved.errorString()));
    const Rows expected = rowsOf(m_a1, m_moved);
    int expectedRows = 0;
    for (const auto &table : expected)
        expectedRows += int(table.size());
    QCOMPARE(*moved, expectedRows);
    QVERIFY(expected.value(QStringLiteral("kyc_answer")).size() > 0);
    const QString phone = expected.value(QStringLiteral("customer"))
                                  .value(m_moved)
                                  .value(QStringLiteral("phone"))
                                  .toString();
    QVERIFY(!phone.isEmpty());
    QSqlQuery audit(m_a1.database());
    audit.prepare(QStringLiteral("SELECT detail_json FROM audit_log WHERE action = "
                                 "'customer_transfer' AND entity_id = ?"));
    audit.addBindValue(m_moved);
    QVERIFY(audit.exec() && audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("Pudong")));
    audit.finish();

    // A: the moving workstation and the other one drop the customer with every row.
    SyncEngine::Report report = sync(m_a1, QStringLiteral("head.a"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.refused, 0);
    QCOMPARE(report.movedAway, 1);
    QCOMPARE(rowCount(m_a1, m_moved), 0);
    report = sync(m_a2, QStringLiteral("wm.a"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.movedAway, 1);
    QCOMPARE(rowCount(m_a2, m_moved), 0);

    // B: the customer arrives with every row, equal field by field.
    report = sync(m_b, QStringLiteral("head.b"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.movedAway, 0);
    QSqlQuery conflicts(m_b.database());
    QVERIFY(conflicts.exec(QStringLiteral("SELECT table_name, row_id, field, lost_value FROM "
                                          "sync_conflict")));
    QStringList conflicted;
    while (conflicts.next())
        conflicted << QStringLiteral("%1 %2 %3: %4").arg(conflicts.value(0).toString(),
                                                         conflicts.value(1).toString(),
                                                         conflicts.value(2).toString(),
                                                         conflicts.value(3).toString().left(300));
    conflicts.finish();
    QVERIFY2(conflicted.isEmpty(), qPrintable(conflicted.join(QLatin1Char('\n'))));
    QCOMPARE(report.conflicts, 0);
    const Rows arrived = rowsOf(m_b, m_moved);
    QCOMPARE(arrived.keys(), expected.keys());
    for (auto table = expected.cbegin(); table != expected.cend(); ++table) {
        const auto &there = arrived.value(table.key());
        QCOMPARE(there.keys(), table.value().keys());
        for (auto row = table.value().cbegin(); row != table.value().cend(); ++row) {
            const QVariantMap got = there.value(row.key());
            for (auto field = row.value().cbegin(); field != row.value().cend(); ++field)
                QVERIFY2(got.value(field.key()) == field.value(),
                         qPrintable(QStringLiteral("%1.%2: %3 here, %4 at A")
                                            .arg(table.key(), field.key(),
                                                 got.value(field.key()).toString(),
                                                 field.value().toString())));
        }
    }
    const QVariantMap customer = arrived.value(QStringLiteral("customer")).value(m_moved);
    QCOMPARE(customer.value(QStringLiteral("branch_id")).toString(), kBranchB);
    QVERIFY(customer.value(QStringLiteral("manager_id")).isNull());
    QSqlQuery check(m_b.database());
    QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!check.next(), qPrintable(check.value(0).toString()));
    check.finish();

    // Found on B by name and by phone.
    CustomerRepository customers(m_b);
    const auto byName = customers.find(name);
    QVERIFY(std::any_of(byName.cbegin(), byName.cend(),
                        [&](const CustomerSummary &hit) { return hit.id == m_moved; }));
    const auto byPhone = customers.find(phone.right(4));
    QVERIFY(std::any_of(byPhone.cbegin(), byPhone.cend(),
                        [&](const CustomerSummary &hit) { return hit.id == m_moved; }));

    // B edits the customer; A never sees them again.
    {
        Transaction transaction(m_b.database());
        QCOMPARE(customers.update(m_moved, {{QStringLiteral("occupation"), QStringLiteral("教师")}},
                                  customer.value(QStringLiteral("version")).toInt()),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
    }
    report = sync(m_b, QStringLiteral("head.b"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.refused, 0);
    for (auto [store, user] : {std::pair{&m_a1, QStringLiteral("head.a")},
                               std::pair{&m_a2, QStringLiteral("wm.a")}}) {
        report = sync(*store, user);
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(report.movedAway, 0);
        QCOMPARE(rowCount(*store, m_moved), 0);
    }
}

void tst_SyncCustomerMove::forgedMovesAreRefusedOneByOne()
{
    QVERIFY(!m_moved.isEmpty());
    // A customer B made after the move: kept by B.
    const QString made = Uuid7Generator::generate();
    auto node = QStringLiteral("forger-node");
    auto change = [&](const QString &table, const QString &rowId, const QJsonObject &fields,
                      const QString &toBranch = {}, const QString &customerId = {}) {
        QJsonObject object{{QStringLiteral("change_id"), Uuid7Generator::generate()},
                           {QStringLiteral("table"), table},
                           {QStringLiteral("row_id"), rowId},
                           {QStringLiteral("op"), QStringLiteral("upsert")},
                           {QStringLiteral("fields"), fields},
                           {QStringLiteral("base_version"), 0},
                           {QStringLiteral("hlc"), QStringLiteral("1790000000000-0-") + node},
                           {QStringLiteral("origin_node"), node},
                           {QStringLiteral("schema_version"), 18}};
        if (!toBranch.isEmpty()) {
            object.insert(QStringLiteral("to_branch"), toBranch);
            object.insert(QStringLiteral("customer_id"), customerId);
        }
        return object;
    };
    const QByteArray headB = signIn(QStringLiteral("head.b"));
    Answer answer = push(headB,
                              {change(QStringLiteral("customer"), made,
                                      {{QStringLiteral("branch_id"), kBranchB},
                                       {QStringLiteral("cif_no"), QStringLiteral("C99000001")},
                                       {QStringLiteral("name"), QStringLiteral("王五")},
                                       {QStringLiteral("opened_on"), QStringLiteral("2026-11-23")},
                                       {QStringLiteral("created_at"), QStringLiteral("2026-11-23T08:00:00Z")},
                                       {QStringLiteral("updated_at"), QStringLiteral("2026-11-23T08:00:00Z")}})});
    QCOMPARE(answer.status, 200);

    // A's head tries to take B's customers and to send them to B again; a wealth manager
    // tries to move one of A's; one honest change rides along.
    QSqlQuery own(m_a1.database());
    QVERIFY(own.exec(QStringLiteral("SELECT id FROM customer LIMIT 1")) && own.next());
    const QString ofA = own.value(0).toString();
    own.finish();
    const QJsonArray forged{
            change(QStringLiteral("customer"), made, {{QStringLiteral("branch_id"), kBranchB}},
                   kBranchB, made),
            change(QStringLiteral("holding"), Uuid7Generator::generate(),
                   {{QStringLiteral("customer_id"), made}}, kBranchB, made),
            change(QStringLiteral("customer"), ofA, {{QStringLiteral("branch_id"), kBranchB}},
                   QStringLiteral("no-such-branch"), ofA),
            change(QStringLiteral("holding"), Uuid7Generator::generate(),
                   {{QStringLiteral("customer_id"), made}}, kBranchB, ofA),
            change(QStringLiteral("holding"), Uuid7Generator::generate(),
                   {{QStringLiteral("customer_id"), ofA},
                    {QStringLiteral("product_family"), QStringLiteral("deposit")},
                    {QStringLiteral("product_code"), QStringLiteral("D9")},
                    {QStringLiteral("product_name"), QStringLiteral("three-month deposit")},
                    {QStringLiteral("amount_fen"), 1000000},
                    {QStringLiteral("opened_on"), QStringLiteral("2026-11-23")},
                    {QStringLiteral("updated_at"), QStringLiteral("2026-11-23T08:00:00Z")}}),
    };
    answer = push(signIn(QStringLiteral("head.a")), forged);
    QCOMPARE(answer.status, 200);
    QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), forged.size());
    auto statusOf = [&](int i) {
        return results.at(i).toObject().value(QStringLiteral("status")).toString();
    };
    auto reasonOf = [&](int i) {
        return results.at(i).toObject().value(QStringLiteral("reason")).toString();
    };
    QCOMPARE(statusOf(0), QStringLiteral("refused"));
    QVERIFY2(reasonOf(0).contains(QStringLiteral("not kept by your branch")), qPrintable(reasonOf(0)));
    QCOMPARE(statusOf(1), QStringLiteral("refused"));
    QCOMPARE(statusOf(2), QStringLiteral("refused"));
    QVERIFY2(reasonOf(2).contains(QStringLiteral("no branch")), qPrintable(reasonOf(2)));
    QCOMPARE(statusOf(3), QStringLiteral("refused"));
    QVERIFY2(reasonOf(3).contains(QStringLiteral("does not belong")), qPrintable(reasonOf(3)));
    QCOMPARE(statusOf(4), QStringLiteral("applied"));

    answer = push(signIn(QStringLiteral("wm.a")),
                  {change(QStringLiteral("customer"), ofA, {{QStringLiteral("branch_id"), kBranchB}}),
                   change(QStringLiteral("customer"), ofA, {{QStringLiteral("branch_id"), kBranchB}},
                          kBranchB, ofA)});
    QCOMPARE(answer.status, 200);
    results = answer.body.value(QStringLiteral("results")).toArray();
    QCOMPARE(statusOf(0), QStringLiteral("refused"));
    QVERIFY2(reasonOf(0).contains(QStringLiteral("wealth_manager may not move")),
             qPrintable(reasonOf(0)));
    QCOMPARE(statusOf(1), QStringLiteral("refused"));

    // Nothing of it reached B: only B's own customers are there.
    const SyncEngine::Report report = sync(m_b, QStringLiteral("head.b"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QSqlQuery there(m_b.database());
    QVERIFY(there.exec(QStringLiteral("SELECT count(*) FROM customer WHERE id = '%1'").arg(ofA))
            && there.next());
    QCOMPARE(there.value(0).toInt(), 0);
}

void tst_SyncCustomerMove::refusedMoveLosesNothing()
{
    // The server does not know the customer as A's (e.g. a branch imported before it kept
    // track): it refuses the move, and the moving workstation keeps the customer.
    QSqlQuery pick(m_a1.database());
    pick.prepare(QStringLiteral("SELECT c.id FROM customer c WHERE c.branch_id = ? AND EXISTS "
                                "(SELECT 1 FROM holding h WHERE h.customer_id = c.id) LIMIT 1"));
    pick.addBindValue(m_branchA);
    QVERIFY(pick.exec() && pick.next());
    const QString id = pick.value(0).toString();
    pick.finish();
    {
        // The server's store, PostgreSQL or its embedded file (the server keeps running:
        // WAL lets another connection write between its requests).
        QSqlDatabase pg = m_server.openDirect(QStringLiteral("move-test"));
        QVERIFY(pg.isOpen());
        QSqlQuery forget(pg);
        forget.prepare(QStringLiteral("DELETE FROM customer_home WHERE customer_id = ?"));
        forget.addBindValue(id);
        QVERIFY(forget.exec());
        QCOMPARE(forget.numRowsAffected(), 1);
        pg.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("move-test"));
    const int before = rowCount(m_a1, id);

    const Session head = sessionOf(m_a1, QStringLiteral("head")); // the service keeps a reference
    CustomerTransferService service(m_a1, head);
    const Result<int> moved = service.moveToBranch(CustomerId(id), kBranchB, QStringLiteral("moved"));
    QVERIFY2(moved, qPrintable(moved.errorString()));
    SyncEngine::Report report = sync(m_a1, QStringLiteral("head.a"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.refused > 0);
    QCOMPARE(report.movedAway, 0);
    QCOMPARE(rowCount(m_a1, id), before);
    report = sync(m_a2, QStringLiteral("wm.a"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.movedAway, 0); // the branch change was refused too
    QVERIFY(rowCount(m_a2, id) > 0);
    report = sync(m_b, QStringLiteral("head.b"));
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(rowCount(m_b, id), 0);
}

void tst_SyncCustomerMove::versionTwoWorkstationsStillServed()
{
    const QByteArray token = signIn(QStringLiteral("wm.a"));
    QCOMPARE(push(token, {}, 2).status, 200);
    QCOMPARE(push(token, {}, SyncProtocol::kVersion + 1).status, 426);
    QCOMPARE(push(token, {}, 1).status, 426);
}

QTEST_GUILESS_MAIN(tst_SyncCustomerMove)
#include "tst_sync_customer_move.moc"
