// The KYC nine-grid wizard through its real widgets, offscreen: completing all nine cells
// and finishing a version; destroying the wizard mid-way and resuming the draft; the
// history with its diff; the one-page PDF summary; refusal for a role without run_kyc.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycService.h"
#include "app/services/staff/AuthService.h"
#include "ui/kyc/KycCellPage.h"
#include "ui/kyc/KycGrid.h"
#include "ui/kyc/KycHistoryDialog.h"
#include "ui/kyc/KycQuestionEditor.h"
#include "ui/kyc/KycWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_KycWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void completesAllNineCells();
    void destroyedMidWayResumesTheDraft();
    void historyShowsTheDiff();
    void historyThatCannotBeReadIsSaidNotShownEmpty();
    void summaryIsAOnePagePdf();
    void roleWithoutPermissionGetsNoWizard();
    void answeringKeepsTheNextQuestionInPlace();

private:
    Session signIn(const QString &username);
    void answerThroughWidgets(KycQuestionEditor *editor);
    void click(QAbstractButton *button);
    int count(const QString &sql);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    std::optional<Session> m_wealth;
};

void tst_KycWizard::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("kyc-gui.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_wealth = signIn(QStringLiteral("wealth"));
}

Session tst_KycWizard::signIn(const QString &username)
{
    const AuthService::Result result = AuthService(m_store).signIn(username, test::kPassword);
    if (!result.session)
        qFatal("cannot sign in %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

int tst_KycWizard::count(const QString &sql)
{
    return test::count(m_store, sql);
}

void tst_KycWizard::click(QAbstractButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

// Answers one question the way staff would: clicks options, types digits and Latin text,
// picks dates in the date field and confirms with Return.
void tst_KycWizard::answerThroughWidgets(KycQuestionEditor *editor)
{
    const KycQuestion &question = editor->question();
    switch (question.type) {
    case KycAnswerType::Choice:
    case KycAnswerType::Range:
        click(editor->findChild<QAbstractButton *>(QStringLiteral("option:") + question.options.last().code));
        break;
    case KycAnswerType::MultiChoice:
        click(editor->findChild<QAbstractButton *>(QStringLiteral("option:") + question.options.at(0).code));
        click(editor->findChild<QAbstractButton *>(QStringLiteral("option:") + question.options.at(1).code));
        break;
    case KycAnswerType::FundArrival: {
        auto *date = editor->findChild<QDateEdit *>(QStringLiteral("date"));
        date->setDate(QDate::currentDate().addDays(45));
        auto *amount = editor->findChild<QLineEdit *>(QStringLiteral("amount"));
        QTest::keyClicks(amount, QStringLiteral("200000"));
        QTest::keyClick(amount, Qt::Key_Return);
        break;
    }
    case KycAnswerType::Amount: {
        auto *amount = editor->findChild<QLineEdit *>(QStringLiteral("amount"));
        QTest::keyClicks(amount, QStringLiteral("1500000"));
        QTest::keyClick(amount, Qt::Key_Return);
        break;
    }
    case KycAnswerType::Date: {
        auto *date = editor->findChild<QDateEdit *>(QStringLiteral("date"));
        date->setDate(QDate::currentDate().addMonths(8));
        QTest::keyClick(date, Qt::Key_Return);
        break;
    }
    case KycAnswerType::Number: {
        auto *number = editor->findChild<QSpinBox *>(QStringLiteral("number"));
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("12"));
        QTest::keyClick(number, Qt::Key_Return);
        break;
    }
    case KycAnswerType::Text: {
        auto *text = editor->findChild<QLineEdit *>(QStringLiteral("text"));
        QTest::keyClicks(text, QStringLiteral("Trading company, 10 years"));
        QTest::keyClick(text, Qt::Key_Return);
        break;
    }
    }
}

void tst_KycWizard::completesAllNineCells()
{
    KycWizard wizard(m_store, *m_wealth, CustomerId(m_branch.customerId));
    QVERIFY(wizard.isReady());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.suggestedCell(), QStringLiteral("present.finance"));
    wizard.grab().save(QDir::temp().filePath(QStringLiteral("kyc-overview-empty.png")));

    // Any order: the grid's last row first, then the rest.
    QStringList order = KycCompleteness::cells();
    std::reverse(order.begin(), order.end());
    for (const QString &cellId : std::as_const(order)) {
        click(wizard.grid()->cellButton(cellId));
        QCOMPARE(wizard.cellPage()->cellId(), cellId);
        QVERIFY(wizard.cellPage()->isVisible());
        for (KycQuestionEditor *editor : wizard.cellPage()->editors()) {
            answerThroughWidgets(editor);
            if (QTest::currentTestFailed())
                return;
            QVERIFY2(editor->findChild<QLabel *>(QStringLiteral("known"))->text().startsWith(QStringLiteral("Known:")),
                     qPrintable(editor->question().id));
        }
        if (cellId == QLatin1String("future.finance"))
            wizard.grab().save(QDir::temp().filePath(QStringLiteral("kyc-cell.png")));
        click(wizard.cellPage()->findChild<QPushButton *>(QStringLiteral("back")));
    }
    const QMap<QString, int> percent = KycCompleteness::percentByCell(m_store, CustomerId(m_branch.customerId));
    for (const QString &cellId : KycCompleteness::cells())
        QCOMPARE(percent.value(cellId), 100);
    QVERIFY(wizard.suggestedCell().isEmpty());
    QVERIFY(wizard.grid()->cellButton(QStringLiteral("past.family"))->text().contains(QStringLiteral("100%")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_session WHERE status = 'draft'")), 1);

    click(wizard.findChild<QPushButton *>(QStringLiteral("finish")));
    QVERIFY2(wizard.resultText().contains(QStringLiteral("version 1 saved")), qPrintable(wizard.resultText()));
    wizard.grab().save(QDir::temp().filePath(QStringLiteral("kyc-overview-finished.png")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_session WHERE status = 'final'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_session WHERE status = 'draft'")), 0);
    const int questions = int(KycQuestionBank::active().questions().size());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_answer")), questions);
    // Last options are the boldest: the profile is aggressive.
    QCOMPARE(count(QStringLiteral("SELECT risk_level FROM customer WHERE cif_no = 'C31010000001'")), 5);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM fund_arrival WHERE kyc_question_id IS NOT NULL")), 4);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM customer_tag WHERE source = 'kyc' AND deleted = 0")) > 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM kyc_field")), questions);
}

void tst_KycWizard::destroyedMidWayResumesTheDraft()
{
    const QString customer = m_branch.otherCustomerId;
    {
        auto *wizard = new KycWizard(m_store, *m_wealth, CustomerId(customer));
        wizard->show();
        click(wizard->grid()->cellButton(QStringLiteral("present.finance")));
        answerThroughWidgets(wizard->cellPage()->editor(QStringLiteral("present.finance.spare_funds")));
        answerThroughWidgets(wizard->cellPage()->editor(QStringLiteral("present.finance.maturity")));
        click(wizard->cellPage()->findChild<QPushButton *>(QStringLiteral("back")));
        click(wizard->grid()->cellButton(QStringLiteral("past.personal")));
        answerThroughWidgets(wizard->cellPage()->editor(QStringLiteral("past.personal.career")));
        answerThroughWidgets(wizard->cellPage()->editor(QStringLiteral("past.personal.education")));
        // Killed mid-cell: no close, no finish.
        delete wizard;
    }
    KycWizard resumed(m_store, *m_wealth, CustomerId(customer));
    resumed.show();
    QVERIFY(resumed.findChild<QLabel *>(QStringLiteral("draftState"))->text().contains(QStringLiteral("Draft")));
    QVERIFY(resumed.grid()->cellButton(QStringLiteral("past.personal"))->text().contains(QStringLiteral("66%")));
    QVERIFY(resumed.grid()->cellButton(QStringLiteral("present.finance"))->text().contains(QStringLiteral("33%")));
    click(resumed.grid()->cellButton(QStringLiteral("present.finance")));
    KycQuestionEditor *funds = resumed.cellPage()->editor(QStringLiteral("present.finance.spare_funds"));
    const QString known = funds->findChild<QLabel *>(QStringLiteral("known"))->text();
    QVERIFY2(known.contains(QStringLiteral("1,500,000")), qPrintable(known));
    QVERIFY(known.contains(QStringLiteral("this draft")));
    // Known answers are not asked again: the input is folded away behind "Change answer".
    QVERIFY(!funds->findChild<QLineEdit *>(QStringLiteral("amount"))->isVisible());
    QVERIFY(funds->findChild<QPushButton *>(QStringLiteral("change"))->isVisible());
    QCOMPARE(funds->value()->value(QStringLiteral("amount_fen")).toInteger(), 150000000);
    // Unanswered ones are open.
    QVERIFY(resumed.cellPage()->editor(QStringLiteral("present.finance.liquidity"))
                    ->findChild<QAbstractButton *>(QStringLiteral("option:anytime"))->isVisible());
    // Changing an answer goes through "Change answer" and replaces the draft's value.
    click(funds->findChild<QPushButton *>(QStringLiteral("change")));
    auto *amount = funds->findChild<QLineEdit *>(QStringLiteral("amount"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("300000"));
    QTest::keyClick(amount, Qt::Key_Return);
    KycService service(m_store, *m_wealth);
    const QHash<QString, KycKnownAnswer> answers = *service.knownAnswers(CustomerId(customer));
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers.value(QStringLiteral("present.finance.spare_funds")).value.value(QStringLiteral("amount_fen")).toInteger(),
             30000000);
    QCOMPARE(answers.value(QStringLiteral("past.personal.career")).value.value(QStringLiteral("text")).toString(),
             QStringLiteral("Trading company, 10 years"));
}

void tst_KycWizard::historyShowsTheDiff()
{
    const QString customer = m_branch.customerId;
    KycService service(m_store, *m_wealth);
    QVERIFY(service.answer(CustomerId(customer), QStringLiteral("future.finance.horizon"),
                           QJsonObject{{QStringLiteral("choice"), QStringLiteral("1_3y")}}));
    QVERIFY(service.finish(CustomerId(customer)));
    KycHistoryDialog dialog(service, CustomerId(customer));
    dialog.show();
    QCOMPARE(dialog.versionTable()->rowCount(), 2);
    QCOMPARE(dialog.versionTable()->item(0, 0)->text(), QStringLiteral("2"));
    QCOMPARE(dialog.diffTable()->rowCount(), 1);
    QCOMPARE(dialog.diffTable()->item(0, 2)->text(), QStringLiteral("Over 10 years"));
    QCOMPARE(dialog.diffTable()->item(0, 3)->text(), QStringLiteral("1-3 years"));
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("kyc-history.png")));
    dialog.compare(0, 0);
    QCOMPARE(dialog.diffTable()->rowCount(), 0);
}

// A version this build cannot read (a state from a newer BranchDesk) must not make the
// customer look as if it had no KYC: the dialog says why the history cannot be shown.
void tst_KycWizard::historyThatCannotBeReadIsSaidNotShownEmpty()
{
    const CustomerId customer(m_branch.customerId);
    KycService service(m_store, *m_wealth);
    {
        KycHistoryDialog readable(service, customer);
        QVERIFY(readable.versionTable()->rowCount() > 0);
        QVERIFY(readable.problemLabel()->isHidden());
    }
    QSqlQuery query(m_store.database());
    // This version's CHECK refuses the state; a newer schema would not.
    QVERIFY(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
    query.prepare(QStringLiteral("UPDATE kyc_session SET status = 'withdrawn' WHERE id = "
                                 "(SELECT max(id) FROM kyc_session WHERE customer_id = ?)"));
    query.addBindValue(customer.toString());
    QVERIFY(query.exec());
    const auto restore = qScopeGuard([this] {
        QSqlQuery undo(m_store.database());
        undo.exec(QStringLiteral("UPDATE kyc_session SET status = 'final' "
                                 "WHERE status = 'withdrawn'"));
        undo.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
    });
    KycHistoryDialog dialog(service, customer);
    dialog.show();
    QVERIFY(dialog.problemLabel()->isVisible());
    const QString said = dialog.problemLabel()->text();
    QVERIFY2(said.startsWith(QLatin1String("The KYC history of this customer cannot be shown")),
             qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("\"withdrawn\"")), qPrintable(said));
    QCOMPARE(dialog.versionTable()->rowCount(), 0);
}

void tst_KycWizard::summaryIsAOnePagePdf()
{
    KycWizard wizard(m_store, *m_wealth, CustomerId(m_branch.customerId));
    const QString pdf = QDir::temp().filePath(QStringLiteral("kyc-summary.pdf"));
    QVERIFY(wizard.printSummary(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 2000);
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page>>") + bytes.count("/Type /Page "), 1);
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (!pdftoppm.isEmpty()) {
        const QString png = QDir::temp().filePath(QStringLiteral("kyc-summary"));
        QCOMPARE(QProcess::execute(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"),
                                              QStringLiteral("60"), pdf, png}), 0);
    }
}

void tst_KycWizard::roleWithoutPermissionGetsNoWizard()
{
    const Session teller = signIn(QStringLiteral("teller"));
    KycWizard wizard(m_store, teller, CustomerId(m_branch.customerId));
    QVERIFY(!wizard.isReady());
    QVERIFY(wizard.problem().contains(QStringLiteral("赵柜员")));
    KycWizard unknown(m_store, *m_wealth, CustomerId(QStringLiteral("no-such-customer")));
    QVERIFY(!unknown.isReady());
}

// Issue #15 item 17: answering a question folded it away, so the next question moved up
// under the pointer and the next click recorded another question's answer.
void tst_KycWizard::answeringKeepsTheNextQuestionInPlace()
{
    const QString customer = QStringLiteral("01907c2a-3333-7000-8000-0000000000f7");
    QVERIFY(test::addCustomer(m_store, customer, m_branch.branchId, QStringLiteral("C31010000077"),
                              QStringLiteral("钱退休"), QStringLiteral("110101195501010012"),
                              QStringLiteral("13900139000"), 30000000, QStringLiteral("gold"),
                              m_wealth->user.id));
    KycWizard wizard(m_store, *m_wealth, CustomerId(customer));
    wizard.resize(1000, 700);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const auto isChoice = [](KycQuestionEditor *editor) {
        return editor->question().type == KycAnswerType::Choice
                || editor->question().type == KycAnswerType::Range;
    };
    KycQuestionEditor *first = nullptr, *second = nullptr;
    for (const KycCell &cell : KycQuestionBank::active().cells()) {
        wizard.openCell(cell.id);
        const QList<KycQuestionEditor *> editors = wizard.cellPage()->editors();
        for (int i = 0; i + 1 < editors.size() && !first; ++i) {
            if (isChoice(editors.at(i)) && isChoice(editors.at(i + 1))) {
                first = editors.at(i);
                second = editors.at(i + 1);
            }
        }
        if (first)
            break;
    }
    QVERIFY2(first, "no cell with two choice questions in a row");
    QCoreApplication::processEvents();
    auto *aimed = second->findChild<QAbstractButton *>(QStringLiteral("option:")
                                                       + second->question().options.first().code);
    QVERIFY(aimed);
    const QPoint before = aimed->mapTo(&wizard, QPoint(0, 0));
    click(first->findChild<QAbstractButton *>(QStringLiteral("option:")
                                             + first->question().options.last().code));
    QCoreApplication::processEvents();
    QCOMPARE(aimed->mapTo(&wizard, QPoint(0, 0)), before);
    QVERIFY(first->findChild<QAbstractButton *>(QStringLiteral("option:")
                                               + first->question().options.first().code)
                    ->isVisible());
}

QTEST_MAIN(tst_KycWizard)
#include "tst_kyc_wizard.moc"
