// The first start of an empty workstation joining a server: the first-run dialog signs in
// online, downloads the branch's snapshot on a worker thread (progress, cancel, resumed
// at the next try; a part is never opened as the database) and opens the workstation for
// that user, who can then sign in offline.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/SyncServerFixture.h"

#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/WorkstationSignIn.h"
#include "database/core/Store.h"
#include "database/staff/OfflineVerifierRepository.h"
#include "ui/shell/FirstRunDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/Workstation.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_FirstRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordIsToldBeforeAnyDownload();
    void cancelMidwayLeavesNoDatabase();
    void connectDownloadsTheBranchAndSignsIn();
    void demoChoiceNeedsNoServer();

private:
    void fill(FirstRunDialog &dialog, const QString &password);

    test::SyncServerFixture m_server;
    QTemporaryDir m_dir;
    QString m_target;
    QString m_password;
    QString m_managerId;
    int m_managerCustomers = 0;
};

void tst_FirstRun::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    const QString source = m_dir.filePath(QStringLiteral("branch.db"));
    {
        Store store;
        QVERIFY_RESULT(test::openDemoBranch(store, source, 600));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral(
                        "SELECT s.id, count(c.id) FROM staff_user s JOIN customer c ON c.manager_id "
                        "= s.id WHERE s.username = 'wealth' GROUP BY s.id"))
                && query.next());
        m_managerId = query.value(0).toString();
        m_managerCustomers = query.value(1).toInt();
        QVERIFY(m_managerCustomers > 0);
        query.finish();
        // The imported workstation's own offline verifiers never travel with the snapshot.
        QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO offline_verifier(username, server, password_hash, role, branch_id, "
                "verified_at) VALUES ('head', 'http://elsewhere', '$argon2id$x', 'branch_head', "
                "'b', '2026-11-01T08:00:00Z')")));
    }
    QProcess import;
    import.setProcessEnvironment(test::SyncServerFixture::demoImportEnvironment());
    import.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                 { QStringLiteral("--pg-port"), QString::number(m_server.databasePort()),
                   QStringLiteral("--pg-database"), test::PostgresCluster::database(),
                   QStringLiteral("--pg-user"), test::PostgresCluster::user(),
                   QStringLiteral("--snapshot-dir"), m_server.snapshotDir(),
                   QStringLiteral("import-branch"), source });
    QVERIFY(import.waitForFinished(120000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    {
        Store store;
        QVERIFY(store.open(source));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM branch")) && query.next());
        // The server's account of the branch's wealth manager (authoritative there).
        m_password = QStringLiteral("wealth-demo");
        QVERIFY(m_server.addAccount(QStringLiteral("wealth"), query.value(0).toString(),
                                    StaffRole::WealthManager, m_password));
    }
    m_target = m_dir.filePath(QStringLiteral("new-desk/branchdesk.db"));
}

void tst_FirstRun::fill(FirstRunDialog &dialog, const QString &password)
{
    auto *server = dialog.findChild<QLineEdit *>(QStringLiteral("serverField"));
    QVERIFY(server);
    server->clear();
    QTest::keyClicks(server, m_server.url().toString());
    auto *user = dialog.findChild<QLineEdit *>(QStringLiteral("userNameField"));
    user->clear();
    QTest::keyClicks(user, QStringLiteral("wealth"));
    auto *passwordField = dialog.findChild<QLineEdit *>(QStringLiteral("passwordField"));
    passwordField->clear();
    QTest::keyClicks(passwordField, password);
}

void tst_FirstRun::wrongPasswordIsToldBeforeAnyDownload()
{
    FirstRunDialog dialog(m_target, QUrl(), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Nothing to cancel before a download runs.
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("cancelDownloadButton"))->isVisible());
    fill(dialog, QStringLiteral("not-my-password"));
    QSignalSpy finished(dialog.enrolment(), &WorkstationEnrolment::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("refused")), qPrintable(dialog.statusText()));
    QVERIFY(!QFileInfo::exists(m_target));
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".download")));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::None);
}

void tst_FirstRun::cancelMidwayLeavesNoDatabase()
{
    FirstRunDialog dialog(m_target, QUrl(), {});
    dialog.setChunkBytes(16 * 1024);
    dialog.show();
    fill(dialog, m_password);
    WorkstationEnrolment *enrolment = dialog.enrolment();
    QSignalSpy progress(enrolment, &WorkstationEnrolment::progress);
    QSignalSpy finished(enrolment, &WorkstationEnrolment::finished);
    // Cancel as soon as the first pieces arrive, as a person would.
    connect(enrolment, &WorkstationEnrolment::progress, &dialog, [&dialog](qint64 done) {
        auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelDownloadButton"));
        if (done > 0 && cancel->isVisible() && cancel->isEnabled()) {
            dialog.grab().save(QDir::temp().filePath(QStringLiteral("first-run-dialog.png")));
            QTest::mouseClick(cancel, Qt::LeftButton);
        }
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("downloadProgress"))->isVisible());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(enrolment->outcome().cancelled);
    QVERIFY(progress.count() >= 2);
    QVERIFY2(dialog.statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog.statusText()));
    // Nothing where the workstation opens its database; the part waits for the next try.
    QVERIFY(!QFileInfo::exists(m_target));
    const qint64 part = QFileInfo(m_target + QStringLiteral(".download")).size();
    QVERIFY(part > 0);
    const qint64 total = progress.last().at(1).toLongLong();
    QVERIFY2(part < total, qPrintable(QStringLiteral("%1 of %2").arg(part).arg(total)));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::None);
    // A workstation started now finds no database, so it offers the first run again.
    QVERIFY(WorkstationEnrolment::isBlank(m_target));
}

void tst_FirstRun::connectDownloadsTheBranchAndSignsIn()
{
    const qint64 part = QFileInfo(m_target + QStringLiteral(".download")).size();
    FirstRunDialog dialog(m_target, m_server.url(), {});
    dialog.setChunkBytes(16 * 1024);
    dialog.show();
    QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("serverField"))->text(),
             m_server.url().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("userNameField")),
                     QStringLiteral("wealth"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passwordField")), m_password);
    QSignalSpy progress(dialog.enrolment(), &WorkstationEnrolment::progress);
    QSignalSpy finished(dialog.enrolment(), &WorkstationEnrolment::finished);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QVERIFY(dialog.enrolment()->isRunning()); // the click returned; the worker downloads
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Connected);
    // Resumed from the cancelled part: the first progress starts there, not at 0.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(0).toLongLong(), part);
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
    QVERIFY(QFileInfo::exists(m_target));
    QVERIFY(!QFileInfo::exists(m_target + QStringLiteral(".download")));

    QCOMPARE(dialog.session().user.username, QStringLiteral("wealth"));
    QCOMPARE(dialog.session().user.role, StaffRole::WealthManager);
    std::unique_ptr<Store> store = dialog.takeStore();
    QVERIFY(store);
    Store *raw = store.get();
    QVERIFY(OfflineVerifierRepository(*raw).byUsername(QStringLiteral("wealth")));
    QVERIFY(!OfflineVerifierRepository(*raw).byUsername(QStringLiteral("head")));

    Workstation workstation(std::move(store));
    workstation.setSyncServer(dialog.server(), dialog.caFile());
    workstation.enter(dialog.session(), dialog.username(), dialog.takePassword());
    MainWindow *window = workstation.mainWindow();
    QVERIFY(window && window->isVisible());
    auto *book = window->workspace()->findChild<QTableView *>(QStringLiteral("customerBookView"));
    QVERIFY(book);
    QTRY_COMPARE(book->model()->rowCount(), m_managerCustomers);
    QVERIFY(!book->model()->index(0, 0).data().toString().isEmpty());
    window->grab().save(QDir::temp().filePath(QStringLiteral("first-run-main.png")));

    // The next start, with the server gone: the same user signs in offline.
    workstation.signOut();
    m_server.stopServer();
    const auto offline = WorkstationSignIn(*raw, dialog.server()).signIn(QStringLiteral("wealth"),
                                                                          m_password);
    QVERIFY2(offline.auth.session, qPrintable(offline.auth.message));
    QVERIFY(!offline.online);
    AuthService(*raw).signOut(*offline.auth.session);
}

void tst_FirstRun::demoChoiceNeedsNoServer()
{
    FirstRunDialog dialog(m_dir.filePath(QStringLiteral("demo.db")), QUrl(), {});
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.choice(), FirstRunDialog::Choice::Demo);
    QVERIFY(!dialog.takeStore());
}

QTEST_MAIN(tst_FirstRun)
#include "tst_first_run.moc"
