// Issue #15: the first sign-in on a file from before field encryption upgrades it (seals
// every plain value, then makes the search keys again): at a million customers that ran an
// hour inside the sign-in dialog's click, on the GUI thread, in one transaction. Here, on a
// small old file: the upgrade runs behind a progress window while the desk keeps answering
// (its value moves while the GUI thread's timers run), and an upgrade killed half-way (a real
// process, SIGKILL) has kept what it sealed and is finished by the next sign-in, with every
// value as it was and no identifier left in clear in the file or its WAL.
#include "../common/ResultAssert.h"
#include "../common/SmallBranchFixture.h"
#include "app/common/PasswordHasher.h"
#include "app/domain/Uuid7.h"
#include "app/services/staff/AuthService.h"
#include "app/services/staff/FieldKeyAccess.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/staff/BranchRepository.h"
#include "database/staff/StaffRepository.h"
#include "../common/OlderDeskFile.h"
#include "database/core/MigrationRunner.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreUpgradeProgress.h"
#include "ui/shell/Workstation.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QtTest>

#include <algorithm>

using namespace bd;

namespace {
constexpr int kCustomers = 300;

QString phoneOf(int i)
{
    return QStringLiteral("139%1").arg(i + 20000000, 8, 10, QLatin1Char('0'));
}

QString idNumberOf(int i)
{
    return QStringLiteral("3101011975%1").arg(i + 10000000, 8, 10, QLatin1Char('0'));
}

QString reversed(QString text)
{
    std::reverse(text.begin(), text.end());
    return text;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A file as a version before field encryption left it: an administrator, customers with
// their mobile, ID number and address in clear, a search index with the numbers in clear.
bool makeOldFile(const QString &path)
{
    Store store;
    if (!store.open(path))
        return false;
    Branch branch{{}, QStringLiteral("310101"), QStringLiteral("老城支行"), QStringLiteral("上海"), {}};
    StaffUser admin;
    admin.username = QStringLiteral("admin");
    admin.displayName = QStringLiteral("管理员");
    admin.role = StaffRole::Admin;
    admin.passwordHash = PasswordHasher::hash(test::kPassword);
    {
        Transaction transaction(store.database());
        if (!BranchRepository(store).insert(branch))
            return false;
        admin.branchId = branch.id;
        if (!StaffRepository(store).insert(admin) || !transaction.commit())
            return false;
    }
    Transaction transaction(store.database());
    for (int i = 0; i < kCustomers; ++i) {
        if (!test::addCustomer(store, Uuid7Generator::generate(), branch.id,
                               QStringLiteral("C3101%1").arg(i, 7, 10, QLatin1Char('0')),
                               QStringLiteral("客户%1").arg(i), idNumberOf(i), phoneOf(i), 100 * i,
                               QStringLiteral("ordinary"), QString()))
            return false;
    }
    if (!transaction.commit())
        return false;
    return bool(CustomerSearchIndex(store).rebuild()) && !store.fieldsEncrypted();
}

// The child process of killedHalfWayGoesOnAtTheNextSignIn: signs in (which upgrades), one
// row per batch, saying after each batch how far it is, slowly enough to be killed half-way.
int upgradeUntilKilled(const QString &path)
{
    Store store;
    if (!store.open(path))
        return 2;
    PlaintextSealing::setBatchSizeForTesting(1);
    QTextStream out(stdout);
    const FieldKeyAccess::RunUpgradesWith slowly([&out](const FieldKeyAccess::Upgrade &upgrade) {
        return upgrade([&out](const QString &, qint64 done, qint64) {
            out << "done " << done << Qt::endl;
            QThread::msleep(5);
            return true;
        });
    });
    return AuthService(store).signIn(QStringLiteral("admin"), test::kPassword).session ? 0 : 1;
}
} // namespace

class tst_DataUpgradeAtSignIn : public QObject
{
    Q_OBJECT

private slots:
    void upgradeRunsBehindAProgressWindow();
    void killedHalfWayGoesOnAtTheNextSignIn();
    void anOlderSchemaIsUpgradedBehindAProgressWindow();

private:
    // Every value as made, sealed, found by its number; none in clear in the file or WAL.
    void verifyUpgraded(const QString &path);

    QTemporaryDir m_dir;
};

void tst_DataUpgradeAtSignIn::verifyUpgraded(const QString &path)
{
    Store store;
    QVERIFY_RESULT(store.open(path));
    const AuthService::Result in = AuthService(store).signIn(QStringLiteral("admin"), test::kPassword);
    QVERIFY2(in.session, qPrintable(in.message));
    QVERIFY(PlaintextSealing(store).isSealed());
    QSqlQuery plain(store.database());
    QVERIFY(plain.exec(QStringLiteral(
            "SELECT count(*) FROM customer WHERE substr(phone, 1, 3) <> 'enc' "
            "OR substr(id_number, 1, 3) <> 'enc' OR substr(address, 1, 3) <> 'enc'")));
    QVERIFY(plain.next());
    QCOMPARE(plain.value(0).toInt(), 0);
    for (int i : {0, 1, kCustomers / 2, kCustomers - 1}) {
        const auto found = CustomerRepository(store).find(idNumberOf(i));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().phone, phoneOf(i)); // nothing lost
        QCOMPARE(CustomerRepository(store).find(phoneOf(i)).size(), 1);
    }
    store.close();
    const QByteArray bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
    for (int i = 0; i < kCustomers; ++i) {
        QVERIFY2(!bytes.contains(phoneOf(i).toUtf8()), qPrintable(phoneOf(i)));
        QVERIFY2(!bytes.contains(reversed(phoneOf(i)).toUtf8()), qPrintable(phoneOf(i)));
        QVERIFY2(!bytes.contains(idNumberOf(i).toUtf8()), qPrintable(idNumberOf(i)));
    }
}

void tst_DataUpgradeAtSignIn::upgradeRunsBehindAProgressWindow()
{
    const QString path = m_dir.filePath(QStringLiteral("window.db"));
    QVERIFY(makeOldFile(path));
    PlaintextSealing::setBatchSizeForTesting(1); // many batches: the window has time to show them
    {
        Store store;
        QVERIFY_RESULT(store.open(path));
        SignInDialog dialog(store);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QLineEdit *>(QStringLiteral("userNameField"))->setText(QStringLiteral("admin"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(test::kPassword);
        // What the GUI thread's own timer sees while the sign-in's click is being handled.
        QList<int> valuesSeen;
        QStringList labelsSeen;
        QTimer sampler;
        sampler.setInterval(2);
        connect(&sampler, &QTimer::timeout, this, [&] {
            auto *window = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
            if (!window || window->objectName() != QLatin1String("dataUpgradeProgress")
                || !window->isVisible())
                return;
            if (valuesSeen.isEmpty() || valuesSeen.last() != window->value())
                valuesSeen << window->value();
            const QString step = window->labelText().section(QLatin1Char('\n'), 0, 0);
            if (!labelsSeen.contains(step))
                labelsSeen << step;
        });
        sampler.start();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("signInButton")),
                          Qt::LeftButton);
        sampler.stop();
        QVERIFY2(signedIn.count() == 1, qPrintable(dialog.errorText()));
        qInfo() << "progress seen by the GUI thread:" << valuesSeen.size() << "values"
                << labelsSeen;
        // The window answered and followed the work: it ran on another thread.
        QVERIFY2(valuesSeen.size() >= 3, "no progress window, or one that did not move");
        QVERIFY(std::is_sorted(valuesSeen.cbegin(), valuesSeen.cend())
                || labelsSeen.size() > 1); // a new step starts again from 0
        QVERIFY(labelsSeen.contains(QStringLiteral("Encrypting the customer data")));
        QVERIFY(!QApplication::activeModalWidget()
                || !qobject_cast<QProgressDialog *>(QApplication::activeModalWidget()));
    }
    PlaintextSealing::setBatchSizeForTesting(5000);
    verifyUpgraded(path);
}

void tst_DataUpgradeAtSignIn::killedHalfWayGoesOnAtTheNextSignIn()
{
    const QString path = m_dir.filePath(QStringLiteral("killed.db"));
    QVERIFY(makeOldFile(path));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--upgrade-until-killed"), path});
    QVERIFY(child.waitForStarted());
    int batches = 0;
    while (batches < 40 && child.waitForReadyRead(20000)) {
        while (child.canReadLine()) {
            child.readLine();
            ++batches;
        }
    }
    QVERIFY2(batches >= 40, "the child upgraded too little before it ended");
    child.kill();
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    {
        // Half-way: what the batches sealed is kept, the rest still waits.
        Store store;
        QVERIFY_RESULT(store.open(path));
        QVERIFY(store.fieldsEncrypted());
        QVERIFY(!PlaintextSealing(store).isSealed());
        QSqlQuery count(store.database());
        QVERIFY(count.exec(QStringLiteral("SELECT sum(substr(id_number, 1, 3) = 'enc'), "
                                          "sum(substr(id_number, 1, 3) <> 'enc') FROM customer")));
        QVERIFY(count.next());
        qInfo() << "after the kill:" << count.value(0).toInt() << "ID numbers sealed,"
                << count.value(1).toInt() << "not yet";
        QVERIFY(count.value(0).toInt() > 0);
        QVERIFY(count.value(1).toInt() > 0);
    }
    // The next sign-in (here without a window: the CLI's way) goes on and finishes.
    verifyUpgraded(path);
}

// A file an older BranchDesk left (before the kept KYC figures: three migrations to go) is
// upgraded inside the open: a minute at a million customers, before any window (issue #15).
// The open runs on a worker behind a window that says which step of how many, the GUI
// thread's timers keep running, and the desk goes on to the sign-in and the workspace.
void tst_DataUpgradeAtSignIn::anOlderSchemaIsUpgradedBehindAProgressWindow()
{
    const QString current = m_dir.filePath(QStringLiteral("schema-current.db"));
    QVERIFY(makeOldFile(current)); // an administrator and customers
    const int kept = test::migrationVersion(QStringLiteral("kyc_field_figure"));
    QVERIFY(kept > 1);
    const int steps = test::migrationStepsFrom(kept);
    const QString path = m_dir.filePath(QStringLiteral("schema-older.db"));
    QString made = test::makeDeskFileAt(path, kept - 1);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    made = test::copyRows(current, path, {QStringLiteral("branch"), QStringLiteral("staff_user"),
                                         QStringLiteral("customer")});
    QVERIFY2(made.isEmpty(), qPrintable(made));

    QStringList stepsSeen;
    int ticks = 0;
    QTimer sampler;
    sampler.setInterval(2);
    connect(&sampler, &QTimer::timeout, this, [&] {
        ++ticks;
        for (QWidget *window : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(window);
            if (!progress || progress->objectName() != QLatin1String("storeUpgradeProgress")
                || !progress->isVisible())
                continue;
            const QString step = progress->labelText().section(QLatin1Char('\n'), 0, 0);
            if (!stepsSeen.contains(step))
                stepsSeen << step;
        }
    });
    sampler.start();
    // Each step as slow as at a million customers, in miniature: the worker waits a little
    // at each word of progress.
    StoreOpening opening = StoreUpgradeProgress::open(path, nullptr, [](const MigrationProgress &) {
        QThread::msleep(60);
    });
    sampler.stop();
    QVERIFY2(opening.ok(), qPrintable(opening.error));
    qInfo() << "the GUI thread ran" << ticks << "times during the open and saw" << stepsSeen;
    QCOMPARE(opening.store->schemaVersion(), MigrationRunner::latestVersion());
    QVERIFY2(ticks >= 20, "the GUI thread stood still during the upgrade");
    QStringList expected;
    for (int step = 1; step <= steps; ++step)
        expected << StoreUpgradeProgress::stepText(step, steps, -1);
    QStringList shownSteps; // the percentage of a counted step left out
    for (const QString &seen : std::as_const(stepsSeen)) {
        const QString step = seen.section(QStringLiteral(" ("), 0, 0);
        if (!shownSteps.contains(step))
            shownSteps << step;
    }
    QCOMPARE(shownSteps, expected);
    QVERIFY(stepsSeen.first().contains(QStringLiteral("step 1 of %1").arg(steps)));
    for (QWidget *window : QApplication::topLevelWidgets())
        QVERIFY(window->objectName() != QLatin1String("storeUpgradeProgress"));

    // The desk goes on as with any file: the sign-in, then the workspace.
    Workstation workstation(std::move(opening.store));
    workstation.start();
    QVERIFY(QTest::qWaitForWindowExposed(workstation.signInDialog()));
    workstation.signInDialog()->signInAs(QStringLiteral("admin"), test::kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(workstation.mainWindow() && workstation.mainWindow()->isVisible(), 20000);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--upgrade-until-killed") == 0) {
        QCoreApplication app(argc, argv);
        return upgradeUntilKilled(QString::fromLocal8Bit(argv[2]));
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tst_DataUpgradeAtSignIn test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_data_upgrade_at_sign_in.moc"
