// The potential-VIP form as the lobby manager fills and prints it (issue #15, item 8):
// the manager defaults to the customer's own, else to the least busy one, and the dialog
// says why; the printed page carries the manager's name, never screen state such as "(busy)".
#include "../common/SmallBranchFixture.h"

#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/staff/AuthService.h"
#include "ui/branchfloor/ReferralFormDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_ReferralForm : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownManagerIsTheDefault();
    void walkInGoesToTheLeastBusyManager();
    void printedFormCarriesNoScreenState();
    void negativeConversionSaysWhatIsWrong();

private:
    Session signIn(const QString &username);
    void makeBusy(const QString &managerId);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_lobby, m_wealth, m_wealth2;
};

void tst_ReferralForm::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("form.db"))));
    m_branch = test::makeSmallBranch(m_store);
    // "吴理财" sorts after "李理财" nowhere in particular; what matters is who is busy.
    QVERIFY(UserAdministration(m_store, nullptr)
                    .addUser(QStringLiteral("wealth2"), QStringLiteral("吴理财"),
                             StaffRole::WealthManager, test::kPassword, m_branch.branchId));
    m_lobby = signIn(QStringLiteral("lobby"));
    m_wealth = signIn(QStringLiteral("wealth"));
    m_wealth2 = signIn(QStringLiteral("wealth2"));
}

Session tst_ReferralForm::signIn(const QString &username)
{
    return test::signInOrStop(m_store, username);
}

void tst_ReferralForm::makeBusy(const QString &managerId)
{
    // A record form just now: the manager is sitting with that customer.
    ReferralForm form;
    form.kind = QStringLiteral("record");
    form.description = QStringLiteral("穿西装的先生，约四十岁");
    form.referredTo = managerId;
    form.customerHasTime = true;
    form.interest = QStringLiteral("一年期理财");
    const ReferralDesk::Result filed = ReferralDesk(m_store, m_lobby).file(form);
    QVERIFY2(filed.ok, qPrintable(filed.refusal));
}

void tst_ReferralForm::ownManagerIsTheDefault()
{
    const ReferralForm form = ReferralDesk(m_store, m_lobby).prefilled(CustomerId(m_branch.customerId),
                                                                      QStringLiteral("lobby"));
    ReferralFormDialog dialog(m_store, m_lobby, form);
    auto *manager = dialog.findChild<QComboBox *>(QStringLiteral("formManager"));
    QCOMPARE(manager->currentData().toString(), m_wealth.user.id);
    auto *why = dialog.findChild<QLabel *>(QStringLiteral("formManagerWhy"));
    QVERIFY(why);
    QVERIFY2(!why->text().isEmpty(), "the default manager comes without a reason");
}

void tst_ReferralForm::walkInGoesToTheLeastBusyManager()
{
    makeBusy(m_wealth.user.id);
    ReferralForm form;
    form.source = QStringLiteral("lobby");
    form.description = QStringLiteral("年轻女士，问定期");
    ReferralFormDialog dialog(m_store, m_lobby, form);
    auto *manager = dialog.findChild<QComboBox *>(QStringLiteral("formManager"));
    QCOMPARE(manager->currentData().toString(), m_wealth2.user.id);
    auto *why = dialog.findChild<QLabel *>(QStringLiteral("formManagerWhy"));
    QVERIFY(why && !why->text().isEmpty());
}

void tst_ReferralForm::printedFormCarriesNoScreenState()
{
    makeBusy(m_wealth.user.id);
    const ReferralForm form = ReferralDesk(m_store, m_lobby).prefilled(CustomerId(m_branch.customerId),
                                                                      QStringLiteral("lobby"));
    ReferralFormDialog dialog(m_store, m_lobby, form);
    auto *manager = dialog.findChild<QComboBox *>(QStringLiteral("formManager"));
    manager->setCurrentIndex(manager->findData(m_wealth.user.id));
    QVERIFY(manager->currentText() != QStringLiteral("李理财")); // the screen says busy
    const QString page = dialog.printHtml();
    QVERIFY(page.contains(QStringLiteral("李理财")));
    QVERIFY2(!page.contains(manager->currentText()), qPrintable(page));
}

void tst_ReferralForm::negativeConversionSaysWhatIsWrong()
{
    // Issue #15 item 15: converting with -5000 said "a conversion needs the new AUM".
    ReferralForm form;
    form.kind = QStringLiteral("record");
    form.description = QStringLiteral("退休教师，存款下周到期");
    form.referredTo = m_wealth.user.id;
    form.customerHasTime = true;
    form.interest = QStringLiteral("到期续存");
    const ReferralDesk::Result filed = ReferralDesk(m_store, m_lobby).file(form);
    QVERIFY2(filed.ok, qPrintable(filed.refusal));
    ReferralDesk desk(m_store, m_wealth);
    for (const char *to : {"accepted", "contacted", "met"})
        QVERIFY2(desk.move(filed.id, QLatin1String(to)).ok, to);
    const ReferralDesk::Result negative = desk.move(filed.id, QStringLiteral("converted"), {},
                                                    Money::fromFen(-500000));
    QVERIFY(!negative.ok);
    QVERIFY2(negative.refusal.contains(QStringLiteral("5,000")), qPrintable(negative.refusal));
    const ReferralDesk::Result missing = desk.move(filed.id, QStringLiteral("converted"));
    QVERIFY(!missing.ok);
    QVERIFY(missing.refusal != negative.refusal);
}

QTEST_MAIN(tst_ReferralForm)
#include "tst_referral_form.moc"
