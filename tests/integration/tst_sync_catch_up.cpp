// Issue 13, defect 8: a new workstation's first sync (branchdesk-admin sync --new) catches up
// with changes made after the branch's snapshot. A phone edited on another workstation is
// sealed personal data there; the new workstation must be usable after that one sync, with
// the phone readable. (Its snapshot holds none of A's keys, issue #21: B's data is plain, as
// the pages would bring it, until its first administrator's sign-in seals it.)
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

struct Said
{
    int code = -1;
    QString text;
    QString out; // standard output alone, without the log
};

Said admin(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), kPassword);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    Said said;
    if (process.waitForFinished(240000) && process.exitStatus() == QProcess::NormalExit)
        said.code = process.exitCode();
    said.out = QString::fromUtf8(process.readAllStandardOutput());
    said.text = said.out + QString::fromUtf8(process.readAllStandardError());
    return said;
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
    const Said demo = admin({QStringLiteral("demo"), QStringLiteral("--db"), a,
                             QStringLiteral("--customers"), QStringLiteral("20"),
                             QStringLiteral("--branch"), QStringLiteral("318801")});
    QVERIFY2(demo.code == 0, qPrintable(demo.text));
    const QString imported = m_server.importBranch(a);
    QVERIFY2(!imported.startsWith(QLatin1String("failed")), qPrintable(imported));
    const QString branchId = imported.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    QVERIFY2(!branchId.isEmpty(), qPrintable(imported));
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
    const QStringList server{QStringLiteral("--server"), m_server.url().toString(),
                             QStringLiteral("--user"), kUser};
    const QStringList syncA
            = QStringList{QStringLiteral("sync"), QStringLiteral("--db"), a} + server;
    const Said first = admin(syncA);
    QVERIFY2(first.code == 0, qPrintable(first.text));
    const QString phone = QStringLiteral("13912345678");
    const Said edited = admin({QStringLiteral("customer"), QStringLiteral("edit"),
                               QStringLiteral("--db"), a, QStringLiteral("--user"), kUser, cif,
                               QStringLiteral("phone=") + phone});
    QVERIFY2(edited.code == 0, qPrintable(edited.text));
    const Said pushed = admin(syncA);
    QVERIFY2(pushed.code == 0, qPrintable(pushed.text));

    // Workstation B: from the snapshot (as of the import), then the phone edit as catch-up.
    const QString b = m_dir.filePath(QStringLiteral("b.db"));
    const Said made = admin(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), b,
                                        QStringLiteral("--new")}
                            + server);
    QVERIFY2(made.code == 0, qPrintable(made.text));
    QVERIFY2(made.text.contains(QLatin1String("snapshot")), qPrintable(made.text));

    const Said revealed = admin({QStringLiteral("customer"), QStringLiteral("reveal"),
                                 QStringLiteral("--db"), b, QStringLiteral("--user"), kUser,
                                 QStringLiteral("--reason"), QStringLiteral("catch-up test"), cif,
                                 QStringLiteral("phone")});
    QVERIFY2(revealed.code == 0, qPrintable(revealed.text));
    QCOMPARE(revealed.out.trimmed(), phone);
    // Nothing waits for a second round: the server has nothing more for B.
    const Said again = admin(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), b,
                                         QStringLiteral("--json")}
                             + server);
    const QRegularExpression nothingPulled(QStringLiteral("\"pulled\":\\s*0\\b"));
    QVERIFY2(again.code == 0 && again.text.contains(nothingPulled), qPrintable(again.text));
}

QTEST_GUILESS_MAIN(tst_SyncCatchUp)
#include "tst_sync_catch_up.moc"
