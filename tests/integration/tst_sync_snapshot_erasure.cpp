// Issue 13, "erased values exist nowhere afterwards": the branch's snapshot file on the
// server (what a new workstation downloads, made at import-branch) held an erased customer's
// personal data and search keys for good. Every step a real process: `branchdesk-admin demo`
// makes workstation A, `branchdesk-server import-branch` keeps its snapshot, A erases a
// customer (`customer erase`) and syncs; the snapshot file is then read as it is served.
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "database/core/Store.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kUser = QStringLiteral("head"); // a demo account: password "head-demo"
const QString kPassword = QStringLiteral("head-demo");

using test::AdminSaid;

// A branchdesk-admin run as the demo account.
AdminSaid admin(const QStringList &arguments)
{
    return test::runAdmin(arguments, kPassword);
}
} // namespace

class tst_SyncSnapshotErasure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void erasedCustomerLeavesTheSnapshot();

private:
    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    QTemporaryDir m_dir;
};

void tst_SyncSnapshotErasure::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_SyncSnapshotErasure::erasedCustomerLeavesTheSnapshot()
{
    const QString a = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(m_server, a, 20, QStringLiteral("318802"), kPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    const QString branchId = *imported;
    QVERIFY(m_server.addAccount(kUser, branchId, StaffRole::BranchHead, kPassword));

    QString cif;
    QString id;
    {
        Store store;
        QVERIFY(store.open(a));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT c.cif_no, c.id FROM customer c WHERE EXISTS "
                                          "(SELECT 1 FROM interaction i WHERE i.customer_id = "
                                          "c.id AND i.purpose <> '') ORDER BY c.cif_no LIMIT 1")));
        QVERIFY(query.next());
        cif = query.value(0).toString();
        id = query.value(1).toString();
    }
    const QString snapshot = QDir(m_server.snapshotDir()).filePath(branchId + QStringLiteral(".sqlite"));
    const auto look = [&](const QString &sql) {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("snapshot-look"));
            db.setDatabaseName(snapshot);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(sql);
                query.addBindValue(id);
                if (query.exec() && query.next())
                    value = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("snapshot-look"));
        return value;
    };
    const QString searchKeys = QStringLiteral("SELECT count(*) FROM customer_search_key "
                                              "WHERE customer_id = ?");
    QVERIFY2(look(searchKeys).toInt() > 0, "the snapshot has the customer's search keys");

    const QStringList syncA = test::adminSync(a, m_server.url(), kUser);
    const AdminSaid first = admin(syncA);
    QVERIFY2(first.code == 0, qPrintable(first.text()));
    const AdminSaid erased
            = admin({ QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--db"),
                      a, QStringLiteral("--user"), kUser, QStringLiteral("--request"),
                      QStringLiteral("REQ-1"), QStringLiteral("--yes"), cif });
    QVERIFY2(erased.code == 0, qPrintable(erased.text()));
    const AdminSaid pushed = admin(syncA);
    QVERIFY2(pushed.code == 0, qPrintable(pushed.text()));

    // The served file: the customer erased in it, nothing left to find them by.
    QVERIFY(!look(QStringLiteral("SELECT erased_at FROM customer WHERE id = ?")).toString().isEmpty());
    QCOMPARE(look(QStringLiteral("SELECT name FROM customer WHERE id = ?")).toString(), QString());
    QVERIFY(look(QStringLiteral("SELECT phone FROM customer WHERE id = ?")).isNull());
    QVERIFY(look(QStringLiteral("SELECT id_number FROM customer WHERE id = ?")).isNull());
    QCOMPARE(look(searchKeys).toInt(), 0);
    QCOMPARE(look(QStringLiteral("SELECT count(*) FROM interaction WHERE customer_id = ? AND "
                                 "(purpose <> '' OR customer_voice <> '')")).toInt(), 0);

    // A new workstation made from it works and holds the customer erased.
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const AdminSaid made = admin(test::adminSync(b, m_server.url(), kUser)
                                 + QStringList { QStringLiteral("--new") });
    QVERIFY2(made.code == 0, qPrintable(made.text()));
    Store store;
    QVERIFY(store.open(b));
    QSqlQuery erasedAt(store.database());
    erasedAt.prepare(QStringLiteral("SELECT erased_at FROM customer WHERE id = ?"));
    erasedAt.addBindValue(id);
    QVERIFY(erasedAt.exec() && erasedAt.next());
    QVERIFY(!erasedAt.value(0).toString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SyncSnapshotErasure)
#include "tst_sync_snapshot_erasure.moc"
