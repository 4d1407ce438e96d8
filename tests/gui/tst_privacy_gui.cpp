// The 360's privacy controls driven with real clicks and keys: the consent dialog records
// a grant and shows it in the history and the header; the reveal button shows a masked
// field only after a reason is typed, and is disabled for roles without the permission.
#include "../common/SmallBranchFixture.h"

#include "app/services/staff/AuthService.h"
#include "ui/customer360/Customer360View.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace bd;

class tst_PrivacyGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consentIsRecordedFromThe360();
    void revealNeedsAReason();
    void revealIsDisabledWithoutPermission();

private:
    Session signIn(const QString &username);
    // Runs `drive` on the modal dialog that `open` shows, then closes it.
    static void withDialog(const std::function<void()> &open,
                           const std::function<void(QDialog *)> &drive);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
};

void tst_PrivacyGui::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("gui.db"))));
    m_branch = test::makeSmallBranch(m_store);
}

Session tst_PrivacyGui::signIn(const QString &username)
{
    return test::signInOrStop(m_store, username);
}

void tst_PrivacyGui::withDialog(const std::function<void()> &open,
                                const std::function<void(QDialog *)> &drive)
{
    bool driven = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            drive(dialog);
            driven = true;
            dialog->reject();
        }
    });
    open();
    QVERIFY(driven);
}

void tst_PrivacyGui::consentIsRecordedFromThe360()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    Customer360View view(m_store, wealth, CustomerId(m_branch.customerId));
    view.show();
    QTRY_VERIFY(view.isLoaded());
    auto *flags = view.findChild<QLabel *>(QStringLiteral("customerFlags"));
    QVERIFY(flags->text().contains(QStringLiteral("Marketing consent: no")));
    auto *button = view.findChild<QPushButton *>(QStringLiteral("consentButton"));
    QVERIFY(button && button->isEnabled());

    withDialog([&] { QTest::mouseClick(button, Qt::LeftButton); }, [](QDialog *dialog) {
        auto *purpose = dialog->findChild<QComboBox *>(QStringLiteral("consentPurpose"));
        auto *channel = dialog->findChild<QComboBox *>(QStringLiteral("consentChannel"));
        auto *evidence = dialog->findChild<QLineEdit *>(QStringLiteral("consentEvidence"));
        auto *record = dialog->findChild<QPushButton *>(QStringLiteral("recordConsentButton"));
        auto *history = dialog->findChild<QTableWidget *>(QStringLiteral("consentHistory"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("consentProblem"));
        QVERIFY(purpose && channel && evidence && record && history && problem);
        purpose->setCurrentIndex(purpose->findData(QStringLiteral("marketing_wechat")));
        channel->setCurrentIndex(channel->findData(QStringLiteral("paper_form")));
        QTest::mouseClick(record, Qt::LeftButton); // no evidence yet: refused
        QVERIFY(!problem->text().isEmpty());
        QCOMPARE(history->rowCount(), 0);
        QTest::keyClicks(evidence, QStringLiteral("F-2026-0100"));
        QTest::mouseClick(record, Qt::LeftButton);
        QVERIFY(problem->text().isEmpty());
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 4)->text(), QStringLiteral("F-2026-0100"));
        dialog->grab().save(QStringLiteral("/tmp/branchdesk_consent_dialog.png"));
    });
    QTRY_VERIFY(flags->text().contains(QStringLiteral("Marketing consent: yes")));
}

void tst_PrivacyGui::revealNeedsAReason()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    Customer360View view(m_store, wealth, CustomerId(m_branch.customerId));
    view.resize(1180, 780); // as MainWindow opens it
    view.show();
    QTRY_VERIFY(view.isLoaded());
    auto *identity = view.findChild<QLabel *>(QStringLiteral("customerIdentity"));
    QVERIFY(!identity->text().contains(QStringLiteral("13800138000"))); // masked
    auto *button = view.findChild<QPushButton *>(QStringLiteral("revealPersonalDataButton"));
    QVERIFY(button && button->isEnabled());
    QTest::qWait(50); // let the header lay out its loaded text
    view.grab().save(QStringLiteral("/tmp/branchdesk_360_privacy.png"));

    withDialog([&] { QTest::mouseClick(button, Qt::LeftButton); }, [](QDialog *dialog) {
        auto *field = dialog->findChild<QComboBox *>(QStringLiteral("revealField"));
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("revealReason"));
        auto *reveal = dialog->findChild<QPushButton *>(QStringLiteral("revealButton"));
        auto *value = dialog->findChild<QLabel *>(QStringLiteral("revealedValue"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("revealProblem"));
        QVERIFY(field && reason && reveal && value && problem);
        field->setCurrentIndex(field->findData(QStringLiteral("phone")));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(value->text().isEmpty());
        QVERIFY(!problem->text().isEmpty());
        QTest::keyClicks(reason, QStringLiteral("customer asked to confirm the number"));
        QTest::mouseClick(reveal, Qt::LeftButton);
        QCOMPARE(value->text(), QStringLiteral("13800138000"));
        dialog->grab().save(QStringLiteral("/tmp/branchdesk_reveal_dialog.png"));
    });
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT detail_json FROM audit_log WHERE action = "
                                      "'reveal_personal_data' ORDER BY seq DESC LIMIT 1")));
    QVERIFY(audit.next());
    QVERIFY(audit.value(0).toString().contains(QStringLiteral("customer asked to confirm")));
}

void tst_PrivacyGui::revealIsDisabledWithoutPermission()
{
    const Session teller = signIn(QStringLiteral("teller"));
    Customer360View view(m_store, teller, CustomerId(m_branch.customerId));
    view.show();
    QTRY_VERIFY(view.isLoaded());
    auto *button = view.findChild<QPushButton *>(QStringLiteral("revealPersonalDataButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(teller.user.displayName));
}

QTEST_MAIN(tst_PrivacyGui)
#include "tst_privacy_gui.moc"
