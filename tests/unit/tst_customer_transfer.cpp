// Moving a customer to another branch (CustomerTransferService): only the branch head, with
// a reason, to a known other branch; the move clears the manager, records the branch
// change for the old branch's log and full copies of the customer's rows for the new
// branch's (personal data sealed in the outbox, old-branch staff references cleared), and
// the audit entry, in one transaction. A refusal changes nothing.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/services/customer360/CustomerTransferService.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kOtherBranch = QStringLiteral("01907c2a-0000-7000-8000-0000000000b2");

using test::count;
using test::exec;
} // namespace

class tst_CustomerTransfer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyTheBranchHeadMoves_data();
    void onlyTheBranchHeadMoves();
    void badRequestsChangeNothing_data();
    void badRequestsChangeNothing();
    void moveRecordsBranchChangeCopiesAndAudit();
    void targetBranchesLeaveOutOwn();

private:
    Session signIn(const QString &user);
    int outbox() { return count(m_store, QStringLiteral("SELECT count(*) FROM sync_outbox")); }

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
};

Session tst_CustomerTransfer::signIn(const QString &user)
{
    return test::signInOrStop(m_store, user);
}

void tst_CustomerTransfer::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("move.db"))));
    m_branch = test::makeSmallBranch(m_store);
    const QString c = m_branch.customerId;
    const QString t = QStringLiteral("2026-01-01T00:00:00Z");
    QVERIFY(exec(m_store,
                 QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                "VALUES (?, '310115', '浦东支行', ?, ?)"),
                 {kOtherBranch, t, t}));
    QVERIFY(exec(m_store,
                 QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                "product_name, amount_fen, opened_on, updated_at) "
                                "VALUES ('h1', ?, 'deposit', 'D1', '一年定期', 30000000, "
                                "'2025-12-03', ?)"),
                 {c, t}));
    QVERIFY(exec(m_store,
                 QStringLiteral("INSERT INTO txn(id, customer_id, occurred_at, kind, channel, "
                                "amount_fen) VALUES ('t1', ?, ?, 'salary', 'ebanking', 2000000)"),
                 {c, t}));
    QVERIFY(exec(m_store,
                 QStringLiteral("INSERT INTO interaction(id, customer_id, staff_id, occurred_at, "
                                "channel, customer_voice, updated_at) VALUES ('i1', ?, "
                                "(SELECT id FROM staff_user WHERE username = 'wealth'), ?, "
                                "'phone', '想了解养老规划', ?)"),
                 {c, t, t}));
    // The other customer's rows must stay out of the copies.
    QVERIFY(exec(m_store,
                 QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                "product_name, amount_fen, opened_on, updated_at) "
                                "VALUES ('h2', ?, 'fund', 'F1', '基金', 100, '2025-12-03', ?)"),
                 {m_branch.otherCustomerId, t}));
    QVERIFY(exec(m_store, QStringLiteral("DELETE FROM sync_outbox")));
}

void tst_CustomerTransfer::onlyTheBranchHeadMoves_data()
{
    QTest::addColumn<QString>("user");
    QTest::newRow("teller") << QStringLiteral("teller");
    QTest::newRow("wealth manager") << QStringLiteral("wealth");
    QTest::newRow("lobby manager") << QStringLiteral("lobby");
    QTest::newRow("administrator") << QStringLiteral("admin");
}

void tst_CustomerTransfer::onlyTheBranchHeadMoves()
{
    QFETCH(QString, user);
    const Session session = signIn(user);
    const int refusals = count(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                                       "action = 'permission_refused'"));
    CustomerTransferService service(m_store, session);
    const auto moved = service.moveToBranch(CustomerId(m_branch.customerId), kOtherBranch,
                                            QStringLiteral("moved house"));
    QVERIFY(!moved);
    QVERIFY2(moved.errorString().contains(QStringLiteral("move customers to another branch")),
             qPrintable(moved.errorString()));
    QCOMPARE(outbox(), 0);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM customer WHERE id = ? AND "
                                           "branch_id = ?"),
                   {m_branch.customerId, m_branch.branchId}),
             1);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                           "action = 'permission_refused'")),
             refusals + 1);
}

void tst_CustomerTransfer::badRequestsChangeNothing_data()
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    const QString c = QStringLiteral("01907c2a-3333-7000-8000-000000000001");
    QTest::newRow("no reason") << c << kOtherBranch << QStringLiteral("  ")
                               << QStringLiteral("reason");
    QTest::newRow("unknown branch") << c << QStringLiteral("no-such-branch")
                                    << QStringLiteral("moved house")
                                    << QStringLiteral("no branch no-such-branch");
    QTest::newRow("same branch") << c << QString() << QStringLiteral("moved house")
                                 << QStringLiteral("already at that branch");
    QTest::newRow("unknown customer") << QStringLiteral("nobody") << kOtherBranch
                                      << QStringLiteral("moved house")
                                      << QStringLiteral("No customer");
}

void tst_CustomerTransfer::badRequestsChangeNothing()
{
    QFETCH(QString, customer);
    QFETCH(QString, target);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    const Session head = signIn(QStringLiteral("head"));
    CustomerTransferService service(m_store, head);
    const auto moved = service.moveToBranch(CustomerId(customer), target.isEmpty() ? m_branch.branchId : target,
                                            reason);
    QVERIFY(!moved);
    QVERIFY2(moved.errorString().contains(message, Qt::CaseInsensitive),
             qPrintable(moved.errorString()));
    QCOMPARE(outbox(), 0);
    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM audit_log WHERE "
                                           "action = 'customer_transfer'")),
             0);
}

void tst_CustomerTransfer::moveRecordsBranchChangeCopiesAndAudit()
{
    const Session head = signIn(QStringLiteral("head"));
    CustomerTransferService service(m_store, head);
    const QString c = m_branch.customerId;
    const auto moved = service.moveToBranch(CustomerId(c), kOtherBranch, QStringLiteral("  moved house  "));
    QVERIFY2(moved, qPrintable(moved.errorString()));
    QCOMPARE(*moved, 4); // customer, holding, transaction, interaction

    QCOMPARE(count(m_store, QStringLiteral("SELECT count(*) FROM customer WHERE id = ? AND "
                                           "branch_id = ? AND manager_id IS NULL"),
                   {c, kOtherBranch}),
             1);
    // The old branch's log: the branch change, manager cleared.
    QSqlQuery own(m_store.database());
    QVERIFY(own.exec(QStringLiteral("SELECT row_id, fields_json FROM sync_outbox WHERE "
                                    "to_branch IS NULL")));
    QVERIFY(own.next());
    QCOMPARE(own.value(0).toString(), c);
    const QJsonObject change = QJsonDocument::fromJson(own.value(1).toByteArray()).object();
    QCOMPARE(change.value(QStringLiteral("branch_id")).toString(), kOtherBranch);
    QVERIFY(change.contains(QStringLiteral("manager_id")));
    QVERIFY(change.value(QStringLiteral("manager_id")).isNull());
    QVERIFY(!own.next());

    // The new branch's: full copies, each naming the customer.
    QSqlQuery copies(m_store.database());
    QVERIFY(copies.exec(QStringLiteral("SELECT table_name, row_id, fields_json, "
                                       "transfer_customer_id FROM sync_outbox WHERE "
                                       "to_branch = '%1' ORDER BY seq")
                                .arg(kOtherBranch)));
    QStringList tables;
    while (copies.next()) {
        tables << copies.value(0).toString();
        QCOMPARE(copies.value(3).toString(), c);
        const QString table = copies.value(0).toString();
        const QJsonObject stored = QJsonDocument::fromJson(copies.value(2).toByteArray()).object();
        const QJsonObject fields = SensitiveColumns::openFields(m_store, table, stored);
        if (table == QLatin1String("customer")) {
            QCOMPARE(copies.value(1).toString(), c);
            QCOMPARE(fields.value(QStringLiteral("branch_id")).toString(), kOtherBranch);
            QCOMPARE(fields.value(QStringLiteral("cif_no")).toString(),
                     QStringLiteral("C31010000001"));
            // Sealed in the outbox like in the table, opened for the wire.
            QVERIFY(stored.value(QStringLiteral("phone")).toString() != QStringLiteral("13800138000"));
            QCOMPARE(fields.value(QStringLiteral("phone")).toString(), QStringLiteral("13800138000"));
        } else if (table == QLatin1String("interaction")) {
            QVERIFY(fields.value(QStringLiteral("staff_id")).isNull()); // old branch's staff
            QCOMPARE(fields.value(QStringLiteral("customer_voice")).toString(),
                     QStringLiteral("想了解养老规划"));
        } else if (table == QLatin1String("txn")) {
            QCOMPARE(fields.value(QStringLiteral("amount_fen")).toInteger(), 2000000);
        }
    }
    QCOMPARE(tables, (QStringList{QStringLiteral("customer"), QStringLiteral("holding"),
                                  QStringLiteral("txn"), QStringLiteral("interaction")}));

    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT entity_id, detail_json, actor_name FROM audit_log "
                                      "WHERE action = 'customer_transfer'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), c);
    const QJsonObject detail = QJsonDocument::fromJson(audit.value(1).toByteArray()).object();
    QCOMPARE(detail.value(QStringLiteral("reason")).toString(), QStringLiteral("moved house"));
    QCOMPARE(detail.value(QStringLiteral("from_branch")).toString(), m_branch.branchId);
    QCOMPARE(detail.value(QStringLiteral("to_branch")).toString(), kOtherBranch);

    // Now kept by the other branch: this branch cannot move them again.
    const auto again = service.moveToBranch(CustomerId(c), kOtherBranch, QStringLiteral("again"));
    QVERIFY(!again);
    QVERIFY2(again.errorString().contains(QStringLiteral("not kept by your branch")),
             qPrintable(again.errorString()));
}

void tst_CustomerTransfer::targetBranchesLeaveOutOwn()
{
    const Session head = signIn(QStringLiteral("head"));
    const QList<Branch> branches = CustomerTransferService(m_store, head).targetBranches();
    QCOMPARE(branches.size(), 1);
    QCOMPARE(branches.first().id, kOtherBranch);
}

QTEST_GUILESS_MAIN(tst_CustomerTransfer)
#include "tst_customer_transfer.moc"
