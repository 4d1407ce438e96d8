// Long file: one workbench driven end to end; the cases share its fixture.
// The segment builder driven like a branch head would: pick a target group, change a
// condition with the keyboard while the count follows, save the segment for the branch,
// export the customers as a masked CSV, and hand them on as a call list.
#include "../common/SegmentFixture.h"

#include "app/domain/DomainTerms.h"
#include "app/services/segments/SegmentService.h"
#include "app/services/staff/AuthService.h"
#include "ui/segments/SegmentConditionEditor.h"
#include "ui/segments/SegmentFamilyPicker.h"
#include "ui/segments/SegmentResultModel.h"
#include "ui/segments/SegmentWorkbench.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace bd;

class tst_SegmentWorkbench : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildSaveExportAndCall();
    void wealthManagerMayNotSave();
    void familyPickerLimitsHoldings();
    void lazyModelReadsOnlyWhatIsShown();
    void aStageThisVersionDoesNotKnowIsSaidInWords();
    void problemsSpeakTheUsersWords_data();
    void problemsSpeakTheUsersWords();

private:
    Session signIn(const QString &user);
    static qint64 lastCount(QSignalSpy &spy) { return spy.isEmpty() ? -1 : spy.last().at(0).toLongLong(); }

    QTemporaryDir m_dir;
    Store m_store;
    test::SegmentBranch m_branch;
};

Session tst_SegmentWorkbench::signIn(const QString &user)
{
    return test::signInOrStop(m_store, user);
}

void tst_SegmentWorkbench::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("segments.db"))));
    m_branch = test::makeSegmentBranch(m_store);
}

void tst_SegmentWorkbench::buildSaveExportAndCall()
{
    const Session head = signIn(QStringLiteral("head"));
    SegmentWorkbench workbench(m_store, head);
    QAbstractItemModelTester tester(workbench.resultModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy choices(&workbench, &SegmentWorkbench::choicesLoaded);
    QSignalSpy counts(&workbench, &SegmentWorkbench::countChanged);
    QSignalSpy results(&workbench, &SegmentWorkbench::resultsChanged);
    workbench.setToday(test::kSegmentToday);
    workbench.resize(1200, 800);
    workbench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    QVERIFY(!choices.isEmpty() || choices.wait());

    // Pick "deposit uplift" with the keyboard.
    auto *presets = workbench.findChild<QComboBox *>(QStringLiteral("segmentPreset"));
    QVERIFY(presets);
    presets->setFocus();
    QTest::keyClick(presets, Qt::Key_Down);
    QCOMPARE(presets->currentData().toString(), QStringLiteral("deposit_uplift"));
    QTRY_COMPARE(lastCount(counts), qint64(1)); // A: 76, risk 1, deposits

    // Raise the age to 80: nobody is left; the count follows without a click.
    QTreeWidget *tree = workbench.conditionEditor()->tree();
    QTreeWidgetItem *ageRow = tree->topLevelItem(0)->child(0);
    QWidget *valueEditor = tree->itemWidget(ageRow, 2);
    QVERIFY(valueEditor);
    auto *age = valueEditor->findChild<QSpinBox *>(QStringLiteral("segmentValue"));
    QVERIFY(age);
    QCOMPARE(age->value(), 55);
    QTest::mouseClick(age, Qt::LeftButton);
    QTest::keyClick(age, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(age, QStringLiteral("80"));
    QCOMPARE(age->value(), 80);
    const int before = counts.size();
    QTRY_VERIFY(counts.size() > before && lastCount(counts) == 0);
    QTRY_COMPARE(workbench.resultModel()->rowCount(), 0);

    // Change to "win back" and add a condition: consent is not required, so the group stays.
    presets->setFocus();
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(presets, Qt::Key_Down);
    QCOMPARE(presets->currentData().toString(), QStringLiteral("win_back"));
    QTRY_COMPARE(lastCount(counts), qint64(4)); // A D O Z
    QTRY_COMPARE(workbench.resultModel()->rowCount(), 4);
    auto *table = workbench.findChild<QTableView *>(QStringLiteral("segmentResults"));
    const int phoneColumn = int(workbench.resultModel()->columnCodes().indexOf(QStringLiteral("phone")));
    QCOMPARE(table->model()->index(1, phoneColumn).data().toString(), QStringLiteral("139****5678"));

    // Save it for the branch under a typed name.
    auto *name = workbench.findChild<QLineEdit *>(QStringLiteral("segmentName"));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClicks(name, QStringLiteral("Win back Q4"));
    QSignalSpy saved(&workbench, &SegmentWorkbench::segmentSaved);
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("saveSegment")), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const QString segmentId = saved.first().at(0).toString();
    QSqlQuery stored(m_store.database());
    QVERIFY(stored.exec(QStringLiteral("SELECT name FROM segment WHERE deleted = 0")));
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toString(), QStringLiteral("Win back Q4"));
    stored.finish(); // an unfinished read would keep this connection on its old snapshot
    auto *savedList = workbench.findChild<QComboBox *>(QStringLiteral("savedSegments"));
    QCOMPARE(savedList->count(), 2);
    QCOMPARE(savedList->currentText(), QStringLiteral("Win back Q4"));

    // Show the district too (column chooser), then export through the file dialog.
    auto *columns = workbench.findChild<QToolButton *>(QStringLiteral("segmentColumns"));
    for (QAction *action : columns->menu()->actions())
        if (action->data().toString() == QLatin1String("locality"))
            action->trigger();
    const QString path = m_dir.filePath(QStringLiteral("win_back.csv"));
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            answer.stop();
            dialog->selectFile(path);
            // The dialog may fill in its suggested name after it shows: type ours over it.
            if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                name->setText(path);
            static_cast<QDialog *>(dialog)->accept();
        }
    });
    answer.start(20);
    QSignalSpy exported(&workbench, &SegmentWorkbench::exported);
    auto *exportButton = workbench.findChild<QPushButton *>(QStringLiteral("exportSegment"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    // The export runs on its own thread: the window shows its progress and a way to
    // cancel, and takes no second export meanwhile.
    QVERIFY(workbench.isExporting());
    QVERIFY(workbench.findChild<QProgressBar *>(QStringLiteral("exportProgress"))->isVisible());
    QVERIFY(workbench.findChild<QPushButton *>(QStringLiteral("cancelExport"))->isVisible());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!workbench.exportCsv(m_dir.filePath(QStringLiteral("second.csv"))));
    workbench.grab().save(QStringLiteral("/tmp/seg_workbench_exporting.png"));
    QVERIFY(exported.wait(10000));
    QCOMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(0).toString(), path);
    QVERIFY(!workbench.isExporting());
    QVERIFY(exportButton->isEnabled());
    QVERIFY(!workbench.findChild<QProgressBar *>(QStringLiteral("exportProgress"))->isVisible());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("second.csv"))));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY2(text.contains(QLatin1String("District")) && text.contains(QLatin1String("Mobile")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("139****5678")));
    QVERIFY(!text.contains(QLatin1String("13912345678")));
    QCOMPARE(text.count(QStringLiteral("\r\n")), 5); // header + 4 customers
    QSqlQuery audit(m_store.database());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported' "
                                      "AND detail_json LIKE '%\"masked\":true%'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    audit.finish();

    // The head may tick "Unmasked": that export has the plain mobile, and the box is
    // unticked again afterwards.
    auto *unmasked = workbench.findChild<QCheckBox *>(QStringLiteral("exportUnmasked"));
    QVERIFY(unmasked->isVisible());
    QVERIFY(!unmasked->isChecked());
    unmasked->setChecked(true);
    const QString plainPath = m_dir.filePath(QStringLiteral("win_back_plain.csv"));
    QVERIFY(workbench.exportCsv(plainPath));
    QVERIFY(exported.wait(10000));
    QFile plainCsv(plainPath);
    QVERIFY(plainCsv.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(plainCsv.readAll()).contains(QLatin1String("13912345678")));
    QVERIFY(!unmasked->isChecked());
    QVERIFY(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'segment_exported' "
                                      "AND detail_json LIKE '%\"masked\":false%'")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toInt(), 1);
    audit.finish();

    workbench.grab().save(QStringLiteral("/tmp/seg_workbench.png"));

    // Hand the customers on as a call list, in the table's order (highest AUM first).
    QSignalSpy callList(&workbench, &SegmentWorkbench::callListRequested);
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("makeCallList")), Qt::LeftButton);
    QCOMPARE(callList.size(), 1);
    QCOMPARE(callList.first().at(0).toString(), segmentId);
    const QStringList expected{m_branch.ids.value(QStringLiteral("Z")), m_branch.ids.value(QStringLiteral("A")),
                               m_branch.ids.value(QStringLiteral("O")), m_branch.ids.value(QStringLiteral("D"))};
    QCOMPARE(callList.first().at(1).toStringList(), expected);

    // Sorting by name re-runs the query; the call list follows the new order.
    const int nameColumn = int(workbench.resultModel()->columnCodes().indexOf(QStringLiteral("name")));
    const int resultRuns = results.size();
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(table->horizontalHeader()->sectionViewportPosition(nameColumn) + 5, 5));
    QTRY_VERIFY(results.size() > resultRuns);
    // Names: 客户A, 客户D, 张三, 欧阳明华 in the database's (binary) order, ascending.
    QTRY_COMPARE(table->model()->index(0, nameColumn).data().toString(), QStringLiteral("客户A"));
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("makeCallList")), Qt::LeftButton);
    QCOMPARE(callList.size(), 2);
    QCOMPARE(callList.last().at(1).toStringList().first(), m_branch.ids.value(QStringLiteral("A")));
}

void tst_SegmentWorkbench::wealthManagerMayNotSave()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    SegmentWorkbench workbench(m_store, wealth);
    workbench.setToday(test::kSegmentToday);
    QSignalSpy counts(&workbench, &SegmentWorkbench::countChanged);
    QVERIFY(!workbench.findChild<QPushButton *>(QStringLiteral("saveSegment"))->isEnabled());
    QVERIFY(!workbench.findChild<QPushButton *>(QStringLiteral("deleteSegment"))->isEnabled());
    // The branch's saved segments are there to run (read off the GUI thread).
    auto *savedList = workbench.findChild<QComboBox *>(QStringLiteral("savedSegments"));
    QTRY_VERIFY(!workbench.isLoading());
    QCOMPARE(savedList->count(), 2);
    workbench.loadSaved(savedList->itemData(1).toString());
    QTRY_COMPARE(lastCount(counts), qint64(4));
}

// "Amount held" limited to wealth products with the family picker: the count follows and
// equals the service's count of the same definition written by hand.
void tst_SegmentWorkbench::familyPickerLimitsHoldings()
{
    const Session head = signIn(QStringLiteral("head"));
    SegmentWorkbench workbench(m_store, head);
    QSignalSpy choices(&workbench, &SegmentWorkbench::choicesLoaded);
    QSignalSpy counts(&workbench, &SegmentWorkbench::countChanged);
    workbench.setToday(test::kSegmentToday);
    workbench.resize(1200, 800);
    workbench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    QVERIFY(!choices.isEmpty() || choices.wait());

    // A new condition, turned into "amount held >= 250,000 yuan" with the keyboard.
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("addCondition")), Qt::LeftButton);
    QTreeWidget *tree = workbench.conditionEditor()->tree();
    QTreeWidgetItem *row = tree->topLevelItem(0)->child(0);
    QVERIFY(row);
    QCOMPARE(tree->itemWidget(row, 4), nullptr); // age takes no families
    auto chooseByKeyboard = [](QComboBox *combo, const QVariant &data) {
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Home);
        for (int i = 0; i < combo->count() && combo->currentData() != data; ++i)
            QTest::keyClick(combo, Qt::Key_Down);
        return combo->currentData() == data;
    };
    QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(tree->itemWidget(row, 0)), QStringLiteral("holding_amount")));
    QVERIFY(chooseByKeyboard(qobject_cast<QComboBox *>(tree->itemWidget(row, 1)),
                             int(SegmentOperator::GreaterOrEqual)));
    auto *amount = tree->itemWidget(row, 2)->findChild<QLineEdit *>(QStringLiteral("segmentValue"));
    QVERIFY(amount);
    QTest::keyClicks(amount, QStringLiteral("250000"));
    QTRY_COMPARE(lastCount(counts), qint64(3)); // A 300,000; B 500,000; C 450,000 in all

    auto *picker = qobject_cast<SegmentFamilyPicker *>(tree->itemWidget(row, 4));
    QVERIFY(picker);
    QCOMPARE(picker->text(), QStringLiteral("All products"));
    QTimer tick;
    connect(&tick, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu || !menu->isVisible())
            return;
        tick.stop();
        menu->grab().save(QStringLiteral("/tmp/seg-family-menu.png"));
        for (QAction *action : menu->actions())
            if (action->data().toString() == QLatin1String("wealth"))
                QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    });
    tick.start(20);
    const int before = counts.size();
    QTest::mouseClick(picker, Qt::LeftButton);
    QTRY_VERIFY(!tick.isActive());
    QCOMPARE(picker->families(), QStringList{QStringLiteral("wealth")});
    QCOMPARE(picker->text(), QStringLiteral("Wealth products"));
    const QByteArray json = workbench.conditionEditor()->definition().toJson();
    QVERIFY2(json.contains(R"("families":["wealth"])"), json.constData());

    const auto byHand = SegmentDefinition::fromJson(
            R"({"match":"all","conditions":[{"field":"holding_amount","op":"ge","value":25000000,"families":["wealth"]}]})");
    QVERIFY(byHand);
    const auto expected = SegmentService(m_store, head).count(*byHand, test::kSegmentToday);
    QVERIFY(expected);
    QCOMPARE(*expected, qint64(1)); // C's 250,000 in wealth products
    QTRY_VERIFY(counts.size() > before && lastCount(counts) == *expected);
    workbench.grab().save(QStringLiteral("/tmp/seg-family.png"));

    // A preset limited to some families shows them ticked.
    workbench.loadPreset(QStringLiteral("maturing_takeover"));
    row = tree->topLevelItem(0)->child(0);
    picker = qobject_cast<SegmentFamilyPicker *>(tree->itemWidget(row, 4));
    QVERIFY(picker);
    QStringList ticked;
    for (QAction *action : picker->menu()->actions())
        if (action->isChecked())
            ticked << action->data().toString();
    QCOMPARE(ticked, (QStringList{QStringLiteral("deposit"), QStringLiteral("wealth"), QStringLiteral("bond"),
                                  QStringLiteral("trust")}));
    QVERIFY(picker->text().contains(QLatin1String("Deposits")));
    QVERIFY(tree->columnWidth(4) >= picker->sizeHint().width()); // the chosen families can be read
    workbench.grab().save(QStringLiteral("/tmp/seg-family-preset.png"));
}

void tst_SegmentWorkbench::lazyModelReadsOnlyWhatIsShown()
{
    QStringList ids;
    for (int i = 0; i < 100000; ++i)
        ids << QStringLiteral("id-%1").arg(i);
    int rowsRead = 0;
    SegmentResultModel model([&](const QStringList &page, const QStringList &columns) {
        rowsRead += int(page.size());
        QList<QVariantList> rows;
        for (const QString &id : page)
            rows << QVariantList{id, QString()} + QVariantList(columns.size() - 2);
        return rows;
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomerIds(ids.mid(0, 100));
    model.setCustomerIds(ids); // the rest arrives after the first page
    QCOMPARE(model.rowCount(), 100000);
    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    QTest::qWait(50);
    QCOMPARE(model.index(99999, 0).data().toString(), QStringLiteral("id-99999"));
    QVERIFY2(rowsRead <= 5 * SegmentResultModel::kPageSize, qPrintable(QString::number(rowsRead)));
    QVERIFY(model.pagesRead() <= 5);
}

// A customer whose lifecycle stage a newer version set ("revival") shows on the result table
// with the stage said in words: not the stored code, not a stage they are not in.
void tst_SegmentWorkbench::aStageThisVersionDoesNotKnowIsSaidInWords()
{
    SegmentResultModel model([](const QStringList &page, const QStringList &columns) {
        QList<QVariantList> rows;
        for (const QString &id : page) {
            QVariantList row(columns.size());
            row[0] = id;
            row[columns.indexOf(QStringLiteral("lifecycle_stage"))] = id;
            rows << row;
        }
        return rows;
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCustomerIds({QStringLiteral("decline"), QStringLiteral("revival")});
    const int stage = int(model.columnCodes().indexOf(QStringLiteral("lifecycle_stage")));
    QVERIFY(stage >= 0);
    QCOMPARE(model.index(0, stage).data().toString(), DomainTerms::label(LifecycleStage::Decline));
    const QString unknown = model.index(1, stage).data().toString();
    QVERIFY2(!unknown.contains(QLatin1String("revival"), Qt::CaseInsensitive), qPrintable(unknown));
    QCOMPARE(unknown,
             DomainTerms::label(WorkStates::storedLifecycleStage(QStringLiteral("revival"))));
}

// A half-filled condition is named the way the branch head sees it ("Condition 2 (Current
// AUM)") and explained in the form's words: no JSON paths, codes or fen (issue #15 item 18).
void tst_SegmentWorkbench::problemsSpeakTheUsersWords_data()
{
    QTest::addColumn<QString>("low");
    QTest::addColumn<QString>("high");
    QTest::addColumn<QString>("explanation");
    QTest::newRow("high missing") << QStringLiteral("100000") << QString()
                                  << QStringLiteral("\"between\" needs two amounts");
    QTest::newRow("low above high") << QStringLiteral("200000") << QStringLiteral("100000")
                                    << QStringLiteral("the first amount is above the second");
    QTest::newRow("negative") << QStringLiteral("-5") << QStringLiteral("100000")
                              << QStringLiteral("must be between ¥0.00 and ");
}

void tst_SegmentWorkbench::problemsSpeakTheUsersWords()
{
    QFETCH(QString, low);
    QFETCH(QString, high);
    QFETCH(QString, explanation);
    const Session head = signIn(QStringLiteral("head"));
    SegmentWorkbench workbench(m_store, head);
    workbench.setToday(test::kSegmentToday);
    workbench.resize(1200, 700);
    workbench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    auto *presets = workbench.findChild<QComboBox *>(QStringLiteral("segmentPreset"));
    presets->setFocus();
    QTest::keyClick(presets, Qt::Key_Down); // deposit uplift: one group of conditions
    QTreeWidget *tree = workbench.conditionEditor()->tree();
    QTreeWidgetItem *group = tree->topLevelItem(0);
    tree->setCurrentItem(group);
    const int before = group->childCount();
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("addCondition")), Qt::LeftButton);
    QCOMPARE(group->childCount(), before + 1);
    QTreeWidgetItem *row = group->child(before);
    auto *field = qobject_cast<QComboBox *>(tree->itemWidget(row, 0));
    QVERIFY(field);
    field->setCurrentIndex(field->findData(QStringLiteral("aum")));
    auto *op = qobject_cast<QComboBox *>(tree->itemWidget(row, 1));
    QVERIFY(op);
    op->setCurrentIndex(op->findData(int(SegmentOperator::Between)));
    QWidget *values = tree->itemWidget(row, 2);
    auto *lowEdit = values->findChild<QLineEdit *>(QStringLiteral("segmentValue"));
    auto *highEdit = values->findChild<QLineEdit *>(QStringLiteral("segmentValueHigh"));
    QVERIFY(lowEdit && highEdit);
    QTest::keyClicks(lowEdit, low);
    QTest::keyClicks(highEdit, high);

    auto *count = workbench.findChild<QLabel *>(QStringLiteral("segmentCount"));
    const QString place = QStringLiteral("Condition %1 (Current AUM)").arg(before + 1);
    QTRY_VERIFY2(count->text().contains(place), qPrintable(count->text()));
    const QString shown = count->text();
    QVERIFY2(shown.contains(explanation), qPrintable(shown));
    for (const char *code : {"conditions[", ".value", "[0]", "[low, high]", "aum", "fen",
                             "000000000"})
        QVERIFY2(!shown.contains(QLatin1String(code)), qPrintable(shown));

    // Saving says the same, in the same words.
    auto *name = workbench.findChild<QLineEdit *>(QStringLiteral("segmentName"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Half filled"));
    QTest::mouseClick(workbench.findChild<QPushButton *>(QStringLiteral("saveSegment")), Qt::LeftButton);
    auto *message = workbench.findChild<QLabel *>(QStringLiteral("segmentMessage"));
    QVERIFY2(message->text().contains(place) && message->text().contains(explanation.toHtmlEscaped())
                     && !message->text().contains(QLatin1String("conditions[")),
             qPrintable(message->text()));
}

QTEST_MAIN(tst_SegmentWorkbench)
#include "tst_segment_workbench.moc"
