// Issue #17, the branch head's whole rule file from the Rules tab, driven as the head drives
// it, offscreen: "Install rule file…" by its Alt key opens Qt's own file dialog; the path is
// typed into the dialog's file name box and its Open button pressed. A working file replaces
// the rules in force (audited, in the outbox for sync); a broken one lists every problem with
// where it is in the file and the rules in force stay. "Back to the shipped rules" (after a
// confirmation) puts the shipped rules back in force: the installed file and the head's
// changed rules are withdrawn, audited, in the outbox for every desk; "No" changes nothing.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/RuleFileSamples.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/rules/RuleBook.h"
#include "app/services/opportunities/BranchRuleEditor.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "ui/opportunities/RuleEditor.h"
#include "ui/opportunities/RuleEditorModels.h"
#include "ui/shell/BranchHeadWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace bd;

class tst_BranchRuleFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theHeadInstallsARuleFileThroughTheDialogAndABrokenOneNeverReplacesIt();
    void theHeadGoesBackToTheShippedRulesAfterAConfirmation(); // after the install above

private:
    // Presses Alt+`key` in `workspace` and lets `answer` handle the dialog titled `title`
    // that opens (it returns what it found wrong, empty if nothing); a dialog that never
    // opens or never closes fails the test instead of hanging it.
    void pressAndAnswer(BranchHeadWorkspace &workspace, Qt::Key key, const QString &title,
                        const std::function<QString(QDialog *)> &answer);
    // Alt+I, the path typed into the file dialog's name box, Open.
    void installThroughTheDialog(BranchHeadWorkspace &workspace, const QString &path);
    // Alt+B, then Yes or No in the confirmation.
    void backToShippedConfirming(BranchHeadWorkspace &workspace, bool yes);
    // Shows `workspace` on its Rules tab as the active window (Alt letters go to it), with
    // the button named `button` there and enabled.
    void showRulesTab(BranchHeadWorkspace &workspace, const QString &button);
    Session signIn(const QString &username);
    QVariant scalar(const QString &sql);
    QString write(const QString &name, const QByteArray &bytes);
    QStringList ruleIds(RuleEditor *editor) const;

    QTemporaryDir m_dir;
    Store m_store;
};

Session tst_BranchRuleFile::signIn(const QString &username)
{
    const AuthService::Result result
            = AuthService(m_store).signIn(username, username + QStringLiteral("-demo"));
    if (!result.session)
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

void tst_BranchRuleFile::showRulesTab(BranchHeadWorkspace &workspace, const QString &button)
{
    workspace.resize(1366, 720);
    workspace.show();
    QApplication::setActiveWindow(&workspace);
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    workspace.tabs()->setCurrentIndex(workspace.tabs()->count() - 1); // "Rules"
    auto *shown = workspace.ruleEditor()->findChild<QPushButton *>(button);
    QVERIFY2(shown && shown->isVisible() && shown->isEnabled(), qPrintable(button));
}

QVariant tst_BranchRuleFile::scalar(const QString &sql)
{
    QSqlQuery query(m_store.database());
    return query.exec(sql) && query.next() ? query.value(0) : QVariant();
}

QString tst_BranchRuleFile::write(const QString &name, const QByteArray &bytes)
{
    QFile out(m_dir.filePath(name));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(name));
    return out.fileName();
}

QStringList tst_BranchRuleFile::ruleIds(RuleEditor *editor) const
{
    QStringList ids;
    for (const MarketingRule &rule : editor->rules()->rows())
        ids << rule.id;
    return ids;
}

void tst_BranchRuleFile::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("head.db")), 20));
}

void tst_BranchRuleFile::pressAndAnswer(BranchHeadWorkspace &workspace, Qt::Key key,
                                        const QString &title,
                                        const std::function<QString(QDialog *)> &answer)
{
    QString seen; // the dialog's title and what the answer found wrong
    bool answered = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return; // not open yet: the button's click runs the dialog's own event loop
        poll.stop();
        seen = dialog->windowTitle();
        // A dialog on screen is the active window; offscreen it has to be made so, or its
        // boxes never have the focus (the file dialog then reads typing as a selection).
        QApplication::setActiveWindow(dialog);
        if (!QTest::qWaitForWindowActive(dialog)) {
            seen += QStringLiteral(" (never the active window)");
            dialog->reject();
            return;
        }
        if (const QString wrong = answer(dialog); !wrong.isEmpty()) {
            seen += QStringLiteral(" (%1)").arg(wrong);
            dialog->reject();
            return;
        }
        answered = true;
    });
    poll.start(20);
    // Whatever happens, no modal dialog outlives 20 s: the test fails instead of hanging.
    bool gaveUp = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, this, [&gaveUp] {
        gaveUp = true;
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    watchdog.start(20000);
    // The head's window is the active one again once a dialog closed (offscreen: made so).
    QApplication::setActiveWindow(&workspace);
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    QTest::keyClick(&workspace, key, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(answered || gaveUp, 30000);
    QVERIFY2(answered, qPrintable(seen));
    QCOMPARE(seen, title);
    QTRY_VERIFY2(!QApplication::activeModalWidget(), "the dialog stayed open");
}

void tst_BranchRuleFile::installThroughTheDialog(BranchHeadWorkspace &workspace,
                                                 const QString &path)
{
    pressAndAnswer(workspace, Qt::Key_I, RuleEditor::tr("Install a rule file"),
                   [&path](QDialog *dialog) -> QString {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QPushButton *open = buttons ? buttons->button(QDialogButtonBox::Open) : nullptr;
        if (!qobject_cast<QFileDialog *>(dialog) || !name || !open)
            return QStringLiteral("not Qt's file dialog with a file name box and Open");
        name->setFocus();
        QTest::keyClicks(name, path);
        // The name box completes from the folder as one types; its list is a popup that
        // would take the next click, so it goes away first, as a press of Escape in it does.
        if (name->completer() && name->completer()->popup()->isVisible())
            name->completer()->popup()->hide();
        QTest::mouseClick(open, Qt::LeftButton);
        return {};
    });
}

void tst_BranchRuleFile::backToShippedConfirming(BranchHeadWorkspace &workspace, bool yes)
{
    pressAndAnswer(workspace, Qt::Key_B, RuleEditor::tr("Back to the shipped rules"),
                   [yes](QDialog *dialog) -> QString {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box || !box->button(QMessageBox::Yes) || !box->button(QMessageBox::No))
            return QStringLiteral("not a question with Yes and No");
        if (box->defaultButton() != box->button(QMessageBox::No))
            return QStringLiteral("Yes is the default");
        QTest::mouseClick(box->button(yes ? QMessageBox::Yes : QMessageBox::No), Qt::LeftButton);
        return {};
    });
}

void tst_BranchRuleFile::theHeadInstallsARuleFileThroughTheDialogAndABrokenOneNeverReplacesIt()
{
    // A working file: the shipped rules without the complaint rule, version 7. A broken one:
    // a rule of no event kind, another without its id.
    QJsonObject file = test::shippedRulesWithout({QStringLiteral("complaint_recovery")});
    file.insert(QStringLiteral("version"), 7);
    const QByteArray working = QJsonDocument(file).toJson();
    const QString workingPath = write(QStringLiteral("branch-rules.json"), working);
    const QString brokenPath = write(QStringLiteral("broken-rules.json"),
                                     QJsonDocument(test::withTwoProblems(file)).toJson());

    BranchHeadWorkspace workspace(m_store, signIn(QStringLiteral("head")));
    showRulesTab(workspace, QStringLiteral("installRuleFileButton"));
    RuleEditor *editor = workspace.ruleEditor();
    QAbstractItemModelTester rulesTester(editor->rules());
    const auto installed = [this] {
        return scalar(QStringLiteral("SELECT definition_json FROM marketing_rule_set WHERE "
                                     "deleted = 0")).toString();
    };
    const auto audited = [this] {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'marketing_rule_file_installed'")).toInt();
    };
    QVERIFY(ruleIds(editor).contains(QStringLiteral("complaint_recovery")));

    installThroughTheDialog(workspace, brokenPath);
    QVERIFY2(editor->message().contains(QLatin1String("rules[0]"))
                     && editor->message().contains(QLatin1String("rules[1]"))
                     && editor->message().contains(QLatin1String("nothing")),
             qPrintable(editor->message())); // every problem, with where it is in the file
    QCOMPARE(installed(), QString());
    QCOMPARE(audited(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                   "'marketing_rule_set'")).toInt(), 0);
    QVERIFY(ruleIds(editor).contains(QStringLiteral("complaint_recovery")));

    installThroughTheDialog(workspace, workingPath);
    QVERIFY2(editor->message().contains(QLatin1String("branch-rules.json")),
             qPrintable(editor->message()));
    QCOMPARE(installed(), QString::fromUtf8(working));
    QVERIFY(!ruleIds(editor).contains(QStringLiteral("complaint_recovery")));
    QVERIFY(ruleIds(editor).contains(QStringLiteral("large_transfer_out")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                   "'marketing_rule_set'")).toInt(), 1);
    QCOMPARE(audited(), 1);

    // A broken file again: refused, the working one stays in force.
    installThroughTheDialog(workspace, brokenPath);
    QVERIFY2(editor->message().contains(QLatin1String("rules[0]")), qPrintable(editor->message()));
    QCOMPARE(installed(), QString::fromUtf8(working));
    QVERIFY(!ruleIds(editor).contains(QStringLiteral("complaint_recovery")));
    QCOMPARE(audited(), 1);
}

void tst_BranchRuleFile::theHeadGoesBackToTheShippedRulesAfterAConfirmation()
{
    // In force: the file installed above (no complaint rule) and a rule the head changed.
    const Session head = signIn(QStringLiteral("head"));
    QVERIFY_RESULT(BranchRuleEditor(m_store, head).switchRule(QStringLiteral("large_inflow"),
                                                              false));
    QVERIFY(!scalar(QStringLiteral("SELECT definition_json FROM marketing_rule_set WHERE "
                                   "deleted = 0")).toString().isEmpty());
    BranchHeadWorkspace workspace(m_store, head);
    showRulesTab(workspace, QStringLiteral("backToShippedRulesButton"));
    RuleEditor *editor = workspace.ruleEditor();
    QAbstractItemModelTester rulesTester(editor->rules());
    const auto audited = [this] {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                     "'marketing_rules_back_to_shipped'")).toInt();
    };
    const auto live = [this] {
        return scalar(QStringLiteral("SELECT (SELECT count(*) FROM marketing_rule_set WHERE "
                                     "deleted = 0) + (SELECT count(*) FROM marketing_rule WHERE "
                                     "deleted = 0)")).toInt();
    };
    const auto deletesInTheOutbox = [this] {
        return scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE op = 'delete' AND "
                                     "table_name IN ('marketing_rule_set', 'marketing_rule')"))
                .toInt();
    };
    QCOMPARE(live(), 2);
    QVERIFY(!ruleIds(editor).contains(QStringLiteral("complaint_recovery")));

    // "No": nothing changes.
    const QString before = editor->message();
    backToShippedConfirming(workspace, false);
    QCOMPARE(editor->message(), before);
    QCOMPARE(live(), 2);
    QCOMPARE(audited(), 0);
    QCOMPARE(deletesInTheOutbox(), 0);

    // "Yes": the shipped rules, whole, as the list shows them; audited, withdrawn for sync.
    backToShippedConfirming(workspace, true);
    QVERIFY2(editor->message().contains(QLatin1String("shipped rules are back")),
             qPrintable(editor->message()));
    QCOMPARE(live(), 0);
    QCOMPARE(audited(), 1);
    QCOMPARE(deletesInTheOutbox(), 2);
    QStringList shipped;
    for (const MarketingRule &rule : RuleBook::build(std::nullopt, {}).rules.rules)
        shipped << rule.id;
    QCOMPARE(ruleIds(editor), shipped);
    for (const MarketingRule &rule : editor->rules()->rows())
        QVERIFY2(rule.enabled, qPrintable(rule.id));

    // Again: the shipped rules run already; nothing audited or sent.
    backToShippedConfirming(workspace, true);
    QVERIFY2(editor->message().contains(QLatin1String("in force already")),
             qPrintable(editor->message()));
    QCOMPARE(audited(), 1);
    QCOMPARE(deletesInTheOutbox(), 2);
}

QTEST_MAIN(tst_BranchRuleFile)
#include "tst_branch_rule_file.moc"
