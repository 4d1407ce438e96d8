// Issue 13, defect 8: a new workstation's first sync (branchdesk-admin sync --new) catches up
// with changes made after the branch's snapshot. A phone edited on another workstation is
// sealed personal data there; the new workstation must be usable after that one sync, with
// the phone readable. (Its snapshot holds none of A's keys, issue #21: B's data is plain, as
// the pages would bring it, until its first administrator's sign-in seals it.)
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "database/core/Store.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
const QString kUser = QStringLiteral("wealth"); // a demo account: password "wealth-demo"
const QString kPassword = QStringLiteral("wealth-demo");

using test::AdminSaid;

// A branchdesk-admin run as the demo account.
AdminSaid admin(const QStringList &arguments)
{
    return test::runAdmin(arguments, kPassword);
}
} // namespace

class tst_SyncCatchUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newWorkstationCatchesUpWithASealedEditInOneSync();

private:
    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    QTemporaryDir m_dir;
};

void tst_SyncCatchUp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void tst_SyncCatchUp::newWorkstationCatchesUpWithASealedEditInOneSync()
{
    // Workstation A: a branch of its own (encrypted, every demo user holding a key slot),
    // imported by the server, which keeps a snapshot of it for new workstations.
    const QString a = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported
            = test::importAdminDemo(m_server, a, 20, QStringLiteral("318801"), kPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    const QString branchId = *imported;
    QVERIFY(m_server.addAccount(kUser, branchId, StaffRole::WealthManager, kPassword));

    QString cif;
    {
        Store store;
        QVERIFY(store.open(a));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT cif_no FROM customer ORDER BY cif_no LIMIT 1")));
        QVERIFY(query.next());
        cif = query.value(0).toString();
    }
    const QStringList syncA = test::adminSync(a, m_server.url(), kUser);
    const AdminSaid first = admin(syncA);
    QVERIFY2(first.code == 0, qPrintable(first.text()));
    const QString phone = QStringLiteral("13912345678");
    const AdminSaid edited
            = admin({ QStringLiteral("customer"), QStringLiteral("edit"), QStringLiteral("--db"), a,
                      QStringLiteral("--user"), kUser, cif, QStringLiteral("phone=") + phone });
    QVERIFY2(edited.code == 0, qPrintable(edited.text()));
    const AdminSaid pushed = admin(syncA);
    QVERIFY2(pushed.code == 0, qPrintable(pushed.text()));

    // Workstation B: from the snapshot (as of the import), then the phone edit as catch-up.
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const AdminSaid made = admin(test::adminSync(b, m_server.url(), kUser)
                                 + QStringList { QStringLiteral("--new") });
    QVERIFY2(made.code == 0, qPrintable(made.text()));
    QVERIFY2(made.text().contains(QLatin1String("snapshot")), qPrintable(made.text()));

    const AdminSaid revealed
            = admin({ QStringLiteral("customer"), QStringLiteral("reveal"), QStringLiteral("--db"),
                      b, QStringLiteral("--user"), kUser, QStringLiteral("--reason"),
                      QStringLiteral("catch-up test"), cif, QStringLiteral("phone") });
    QVERIFY2(revealed.code == 0, qPrintable(revealed.text()));
    QCOMPARE(revealed.output.trimmed(), phone); // standard output alone, without the log
    // Nothing waits for a second round: the server has nothing more for B.
    const AdminSaid again = admin(test::adminSync(b, m_server.url(), kUser)
                                  + QStringList { QStringLiteral("--json") });
    const QRegularExpression nothingPulled(QStringLiteral("\"pulled\":\\s*0\\b"));
    QVERIFY2(again.code == 0 && again.text().contains(nothingPulled), qPrintable(again.text()));
}

QTEST_GUILESS_MAIN(tst_SyncCatchUp)
#include "tst_sync_catch_up.moc"
