// Issue #21: the server's worker that makes a branch's snapshot again after an erasure
// (SnapshotRemakeWorker). A pass that failed left the snapshot unserved (503) until the
// server's next start or the next erasure; it is tried again now, and the log says why it
// failed. After a restart while a remake was due, the copy without personal data was made
// twice (the worker's, and a request's finding it missing), so a client could be handed it
// and then be told 503 while it was replaced. Every step a real process: `branchdesk-admin
// demo / customer erase / sync`, `branchdesk-server import-branch` and the server itself.
#include "../common/AdminProcess.h"
#include "../common/SyncServerFixture.h"
#include "database/core/Store.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bd;

namespace {
const QString kUser = QStringLiteral("head"); // a demo account: password "head-demo"
const QString kPassword = QStringLiteral("head-demo");
const QString kTeller = QStringLiteral("teller.remake");
const QString kTellerPassword = QStringLiteral("teller-pass-1");

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The folder made unwritable for everyone, root included (chattr +i where it can, as a
// full or read-only disk would be), or writable again; false if it could not be done.
bool setWritable(const QString &folder, bool writable)
{
    QProcess::execute(QStringLiteral("chattr"),
                      { writable ? QStringLiteral("-i") : QStringLiteral("+i"), folder });
    QFile::setPermissions(folder, writable ? QFile::ReadOwner | QFile::WriteOwner
                                                     | QFile::ExeOwner
                                           : QFile::ReadOwner | QFile::ExeOwner);
    QFile probe(QDir(folder).filePath(QStringLiteral("probe")));
    const bool canWrite = probe.open(QIODevice::WriteOnly);
    probe.close();
    probe.remove();
    return canWrite == writable;
}

qulonglong inodeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? qulonglong(info.st_ino) : 0;
}
} // namespace

class tst_SnapshotRemakeRetry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aFailedRemakeIsTriedAgain();
    void copyWithoutPersonalDataIsMadeOnceAfterARestart();

private:
    // A customer of A not erased yet, erased there and pushed while the worker is held.
    void eraseAndPushWhileHeld(const QString &request);
    QString log() const { return QString::fromUtf8(contentOf(m_logPath)); }

    test::SyncServerFixture m_server{test::SyncServerFixture::Driver::Sqlite};
    QTemporaryDir m_dir;
    QString m_hold; // while this file exists, the server's snapshot worker waits
    QString m_logPath;
    QString m_branchId;
    QString m_workstation;
};

void tst_SnapshotRemakeRetry::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hold = m_dir.filePath(QStringLiteral("hold-snapshot-work"));
    m_logPath = m_dir.filePath(QStringLiteral("server.log"));
    m_server.setServerLogFile(m_logPath);
    m_server.setServerArguments({ QStringLiteral("--test-hold-snapshot-work"), m_hold });
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_workstation = m_dir.filePath(QStringLiteral("a.db"));
    const Result<QString> imported = test::importAdminDemo(m_server, m_workstation, 20,
                                                           QStringLiteral("318805"), kPassword);
    QVERIFY2(imported, qPrintable(imported.errorString()));
    m_branchId = *imported;
    QVERIFY(m_server.addAccount(kUser, m_branchId, StaffRole::BranchHead, kPassword));
    QVERIFY(m_server.addAccount(kTeller, m_branchId, StaffRole::Teller, kTellerPassword));
    QVERIFY(test::syncByAdmin(m_workstation, m_server.url(), kUser, kPassword));
}

void tst_SnapshotRemakeRetry::cleanupTestCase()
{
    setWritable(m_server.snapshotDir(), true); // or the temporary folder stays behind
}

void tst_SnapshotRemakeRetry::eraseAndPushWhileHeld(const QString &request)
{
    QString cif;
    {
        Store store;
        QVERIFY(store.open(m_workstation));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT cif_no FROM customer WHERE erased_at IS NULL "
                                          "ORDER BY cif_no LIMIT 1"))
                && query.next());
        cif = query.value(0).toString();
    }
    {
        QFile hold(m_hold);
        QVERIFY(hold.open(QIODevice::WriteOnly));
    }
    const test::AdminSaid erased = test::runAdmin(
            { QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("--db"),
              m_workstation, QStringLiteral("--user"), kUser, QStringLiteral("--request"), request,
              QStringLiteral("--yes"), cif },
            kPassword);
    QVERIFY2(erased.code == 0, qPrintable(erased.text()));
    QVERIFY(test::syncByAdmin(m_workstation, m_server.url(), kUser, kPassword));
    QVERIFY(QFile::exists(QDir(m_server.snapshotDir()).filePath(m_branchId
                                                                + QStringLiteral(".remake"))));
}

void tst_SnapshotRemakeRetry::aFailedRemakeIsTriedAgain()
{
    eraseAndPushWhileHeld(QStringLiteral("REQ-RETRY-1"));
    const QByteArray head = m_server.signIn(kUser, kPassword);
    // The pass fails: its folder cannot be written.
    if (!setWritable(m_server.snapshotDir(), false))
        QSKIP("the snapshot folder cannot be made unwritable here (chattr/chmod)");
    QVERIFY(QFile::remove(m_hold));
    QTRY_VERIFY_WITH_TIMEOUT(log().contains(QLatin1String("snapshot_not_made")), 60000);
    QCOMPARE(m_server.request(QStringLiteral("GET"), QStringLiteral("/v1/snapshot"), {}, head)
                     .status,
             503);
    // The log says why, and that it tries again.
    const QString said = log().section(QLatin1Char('\n'), -2);
    QVERIFY2(log().contains(QLatin1String("\"retry_in_ms\"")), qPrintable(said));
    QVERIFY2(log().contains(QLatin1String("cannot be")), qPrintable(said));

    // The disk is writable again: the snapshot is served without a restart or an erasure.
    QVERIFY(setWritable(m_server.snapshotDir(), true));
    QVERIFY(m_server.answersWith(QStringLiteral("/v1/snapshot"), head, 200));
    QVERIFY(!QFile::exists(QDir(m_server.snapshotDir()).filePath(m_branchId
                                                                 + QStringLiteral(".remake"))));
}

void tst_SnapshotRemakeRetry::copyWithoutPersonalDataIsMadeOnceAfterARestart()
{
    eraseAndPushWhileHeld(QStringLiteral("REQ-RETRY-2"));
    // Stopped while the remake was due (killed, as a crash would), started again.
    m_server.killServer();
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    const qsizetype logStart = log().size();
    const QByteArray teller = m_server.signIn(kTeller, kTellerPassword);
    const QString withheld = QStringLiteral("/v1/snapshot?personal_data=withheld");
    const QString copy = QDir(m_server.snapshotDir())
                                 .filePath(QStringLiteral("withheld/") + m_branchId
                                           + QStringLiteral(".sqlite"));
    // A teller's workstation asks all along, as one whose cursor fell behind would.
    QCOMPARE(m_server.request(QStringLiteral("GET"), withheld, {}, teller).status, 503);
    QVERIFY(QFile::remove(m_hold));
    QList<int> answers;
    qulonglong handedOut = 0;
    for (int i = 0; i < 3000 && answers.count(200) < 100; ++i) {
        answers << m_server.request(QStringLiteral("GET"), withheld, {}, teller).status;
        if (answers.last() == 200 && handedOut == 0)
            handedOut = inodeOf(copy);
        QTest::qWait(10);
    }
    QVERIFY2(answers.contains(200), "the copy was never handed out");
    const QList<int> after = answers.mid(answers.indexOf(200));
    QVERIFY2(!after.contains(503), qPrintable(QStringLiteral("503 after 200, at answer %1 of %2")
                                                      .arg(after.indexOf(503))
                                                      .arg(after.size())));
    // The copy handed out first is the one still there: made once.
    QTRY_VERIFY_WITH_TIMEOUT(log().mid(logStart).contains(QLatin1String("snapshot_remade")),
                             60000);
    QTest::qWait(1000); // a second copy, if one were made, would be on its way
    QCOMPARE(inodeOf(copy), handedOut);
    QCOMPARE(log().mid(logStart).count(QLatin1String("\"snapshot_copy_made\"")), 1);
}

QTEST_GUILESS_MAIN(tst_SnapshotRemakeRetry)
#include "tst_snapshot_remake_retry.moc"
