// Customer voice through the real widgets, offscreen (docs/VOICE.md): typing the customer's
// words in the outcome dialog shows what was heard as suggestions, the selected one
// highlighted in the note; a ticked suggestion becomes a voice tag when the outcome is
// saved, an unticked one stays a suggestion that the 360's "Heard in notes" dialog can
// confirm (a promised follow-up becomes a task) or dismiss; the branch head's tab counts it.
#include "../common/SmallBranchFixture.h"
#include "StaffKeys.h"

#include "app/services/staff/AuthService.h"
#include "database/calls/CareTaskRepository.h"
#include "database/core/SqlTime.h"
#include "ui/calls/CallOutcomeDialog.h"
#include "ui/voice/VoiceReportView.h"
#include "ui/voice/VoiceSuggestionsBox.h"
#include "ui/voice/VoiceSuggestionsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bd;

using test::typeText;

class tst_VoiceGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outcomeDialogSuggestsAndConfirms();
    void customer360DialogConfirmsAndDismisses();
    void branchHeadTabCountsObjections();
    void drillDownReadsOffTheWindowAndOnlyTheLatestOpens();

private:
    int count(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_wealth, m_head;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC();
    CallClock m_clock = [this] { return m_now; };
};

int tst_VoiceGui::count(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void tst_VoiceGui::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("voice-gui.db"))));
    m_branch = test::makeSmallBranch(m_store);
    for (const char *user : {"wealth", "head"}) {
        const AuthService::Result result = AuthService(m_store).signIn(QString::fromLatin1(user), test::kPassword);
        QVERIFY2(result.session, qPrintable(result.message));
        (QByteArray(user) == "wealth" ? m_wealth : m_head) = *result.session;
    }
}

void tst_VoiceGui::outcomeDialogSuggestsAndConfirms()
{
    // A care contact due today (care contacts need no marketing consent).
    CareTaskRecord task;
    task.customerId = m_branch.customerId;
    task.staffId = m_wealth.user.id;
    task.kind = QStringLiteral("retention");
    task.dueOn = m_now.date();
    {
        Transaction transaction(m_store.database());
        CareTaskRepository tasks(m_store);
        QVERIFY(tasks.insert(task, SqlTime::now()));
        QVERIFY(transaction.commit());
    }
    CallTaskLine line;
    line.customerId = CustomerId(m_branch.customerId);
    line.customerName = QStringLiteral("张三");
    line.taskId = task.id;
    line.care = true;
    line.careKind = task.kind;
    CallOutcomeDialog dialog(m_store, m_wealth, line, m_clock);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcomeBox"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("reached")));
    auto *voice = dialog.findChild<QPlainTextEdit *>(QStringLiteral("customerVoiceEdit"));
    voice->setFocus();
    typeText(voice, QStringLiteral("客户嫌收益太低，在招行有存款，下周三再联系"));
    // Suggestions appear after a short pause in typing.
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("voiceSuggestionList"));
    QTRY_COMPARE(list->count(), 3);
    QVERIFY(list->isVisible());
    QVERIFY2(list->item(0)->text().contains(QStringLiteral("Heard: Objection - ")),
             qPrintable(list->item(0)->text()));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("嫌收益太低")));
    // Selecting a suggestion highlights its phrase in the note.
    list->setCurrentRow(1);
    QCOMPARE(voice->extraSelections().size(), 1);
    QCOMPARE(voice->extraSelections().first().cursor.selectedText(), QStringLiteral("招行"));
    // Tick the objection only, save.
    list->item(0)->setCheckState(Qt::Checked);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.interactionId().isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_finding WHERE note_id = ?"),
                   {dialog.interactionId()}),
             3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
                                  "WHERE ct.customer_id = ? AND ct.source = 'voice' AND t.value = '收益太低'"),
                   {m_branch.customerId}),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_review WHERE decision = 'confirmed'")), 1);
}

void tst_VoiceGui::customer360DialogConfirmsAndDismisses()
{
    VoiceSuggestionsDialog dialog(m_store, m_wealth, CustomerId(m_branch.customerId));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.count(), 2); // the competitor and the follow-up wait; the objection is decided
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("voiceSuggestionList"));
    auto *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("voiceNote"));
    int followUp = -1;
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().contains(QStringLiteral("下周三再联系")))
            followUp = row;
    QVERIFY(followUp >= 0);
    dialog.select(followUp);
    QCOMPARE(note->extraSelections().first().cursor.selectedText(), QStringLiteral("下周三再联系"));
    QVERIFY(dialog.confirmSelected());
    // Due on the promised day (or today, if that has passed on this machine's calendar).
    const QDate due = std::max(QDate(2026, 12, 2), QDate::currentDate());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM care_task WHERE kind = 'follow_up' AND due_on = ? "
                                  "AND customer_id = ?"),
                   {SqlTime::date(due), m_branch.customerId}),
             1);
    QCOMPARE(dialog.count(), 1);
    dialog.select(0);
    QVERIFY(dialog.dismissSelected());
    QCOMPARE(dialog.count(), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM voice_review WHERE decision = 'dismissed'")), 1);
}

void tst_VoiceGui::branchHeadTabCountsObjections()
{
    VoiceReportView view(m_store, m_head);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableWidget *>(QStringLiteral("voiceReportTable"));
    // The objection counts; the dismissed competitor mention does not.
    QTRY_COMPARE(view.rowCount(), 1);
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Return too low"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("1"));
}

// The notes behind a count took up to 156 ms at a million customers, on the GUI thread
// (#15). Now a double-click says "reading" and returns at once; a second double-click before
// the first answer supersedes it, so only one notes dialog opens.
void tst_VoiceGui::drillDownReadsOffTheWindowAndOnlyTheLatestOpens()
{
    VoiceReportView view(m_store, m_head);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(view.rowCount(), 1);
    // A drill-down that blocks in its own dialog loop is closed, so the checks below fail
    // rather than hang.
    QTimer closer;
    connect(&closer, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    closer.start(300);
    const auto openDialogs = [&view] {
        return view.findChildren<QDialog *>(QStringLiteral("voiceNotesDialog")).size();
    };

    view.showNotes(0);
    view.showNotes(0);
    auto *state = view.findChild<QLabel *>(QStringLiteral("voiceNotesState"));
    QVERIFY2(state, "the view has no reading state");
    QCOMPARE(state->text(), QStringLiteral("Reading the notes behind the count…"));
    QCOMPARE(openDialogs(), 0);
    closer.stop();

    QTRY_COMPARE(openDialogs(), 1);
    QTest::qWait(200); // the superseded answer has had time to arrive: it opens nothing
    QCOMPARE(openDialogs(), 1);
    QVERIFY(state->text().isEmpty());
    auto *dialog = view.findChild<QDialog *>(QStringLiteral("voiceNotesDialog"));
    auto *notes = dialog->findChild<QTableWidget *>(QStringLiteral("voiceNotesTable"));
    QVERIFY(notes);
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(notes->item(0, 2)->text().startsWith(QStringLiteral("Return too low")), true);
    dialog->close();
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    tst_VoiceGui test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_voice_gui.moc"
