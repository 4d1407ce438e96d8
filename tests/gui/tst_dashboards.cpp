// The dashboards offscreen: the branch head's workspace shows the branch dashboard with the
// figures of the hand-made branch (tests/common/DashboardFixture.h), the manager filter is
// switched with the keyboard, the page is exported to PNG and PDF; a wealth manager's
// dashboard shows his own book only.
#include "../common/DashboardFixture.h"

#include "translations/LanguageSetup.h"
#include "app/services/staff/AuthService.h"
#include "ui/dashboards/AumHistoryChart.h"
#include "ui/dashboards/BranchDashboard.h"
#include "ui/dashboards/CallOutcomeChart.h"
#include "ui/dashboards/CategoryBarChart.h"
#include "ui/dashboards/DashboardSheet.h"
#include "ui/dashboards/ManagerDashboard.h"
#include "ui/dashboards/ReferralFunnelChart.h"
#include "ui/shell/BranchHeadWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <qcustomplot.h>

using namespace bd;

class tst_Dashboards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void branchHeadSeesTheBranch();
    void managerFilterNarrowsToOneBook();
    void exportsPngAndPdf();
    void managerSeesHisOwnBook();
    void identicalListNamesAreToldApart();
    void anOutcomeThisVersionDoesNotKnowIsSaidInWords();
    void exportedLabelsAreNotCut_data();
    void exportedLabelsAreNotCut();

private:
    Session signIn(const QString &username);
    static bool waitLoaded(DashboardPanel *panel);
    void keepCopy(const QString &path, const QString &name);

    QTemporaryDir m_dir;
    Store m_store;
    test::DashboardBranch m_b;
    std::unique_ptr<BranchHeadWorkspace> m_workspace;
};

void tst_Dashboards::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("dash.db"))));
    m_b = test::makeDashboardBranch(m_store, QDate::currentDate());
    m_workspace = std::make_unique<BranchHeadWorkspace>(m_store, signIn(QStringLiteral("head")));
    m_workspace->resize(1400, 900);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

Session tst_Dashboards::signIn(const QString &username)
{
    return test::signInOrStop(m_store, username);
}

bool tst_Dashboards::waitLoaded(DashboardPanel *panel)
{
    return QTest::qWaitFor([panel] { return !panel->isLoading(); }, 10000);
}

void tst_Dashboards::keepCopy(const QString &path, const QString &name)
{
    // BRANCHDESK_SCREENSHOT_DIR keeps the pictures for a person to look at.
    const QString docs = qEnvironmentVariable("BRANCHDESK_SCREENSHOT_DIR");
    if (docs.isEmpty())
        return;
    QDir().mkpath(docs);
    QFile::remove(QDir(docs).filePath(name));
    QVERIFY(QFile::copy(path, QDir(docs).filePath(name)));
}

void tst_Dashboards::branchHeadSeesTheBranch()
{
    // The head's desk keeps its "today" tab; the dashboards are one click away.
    QTabWidget *tabs = m_workspace->tabs();
    QCOMPARE(tabs->currentIndex(), 0);
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {},
                      bar->tabRect(tabs->indexOf(m_workspace->dashboard())).center());
    QCOMPARE(tabs->currentWidget(), m_workspace->dashboard());

    BranchDashboard *dashboard = m_workspace->dashboard();
    QVERIFY(waitLoaded(dashboard));
    QCOMPARE(dashboard->problem(), QString());
    // Tiers in AUM order: ordinary, silver, gold, platinum, diamond.
    QCOMPARE(dashboard->tierChart()->barCount(), 5);
    QCOMPARE(dashboard->tierChart()->values(), (QList<double>{1, 1, 1, 0, 1}));
    QVERIFY(!dashboard->tierChart()->showsNoData());
    QCOMPARE(dashboard->lifecycleChart()->values(), (QList<double>{1, 1, 1, 1, 0}));
    QCOMPARE(dashboard->aumChart()->pointCount(), 3);
    QCOMPARE(dashboard->referralChart()->stages(), (QList<int>{5, 3, 1, 2}));
    QCOMPARE(dashboard->callChart()->batchCount(), 2);
    QCOMPARE(dashboard->callChart()->series(QStringLiteral("interested")), (QList<int>{1, 0}));
    QCOMPARE(dashboard->callChart()->series(QStringLiteral("not_called")), (QList<int>{0, 1}));
    QCOMPARE(dashboard->kycTierChart()->values(), (QList<double>{0, 0, 100, 0, 100}));
    QCOMPARE(dashboard->kycCellChart()->barCount(), 9);
    QVERIFY(!dashboard->kycCellChart()->showsNoData());

    // Tooltips say figures, never who.
    QCustomPlot *plot = dashboard->tierChart()->plot();
    const QString tip = dashboard->tierChart()->toolTipAt(plot->plottable(0), 2);
    QVERIFY2(tip.contains(QLatin1Char('1')), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("张三")));
}

void tst_Dashboards::managerFilterNarrowsToOneBook()
{
    BranchDashboard *dashboard = m_workspace->dashboard();
    QVERIFY(waitLoaded(dashboard));
    QComboBox *filter = dashboard->managerFilter();
    QCOMPARE(filter->count(), 3); // whole branch, 李理财, 孙理财
    const int wealth2 = filter->findData(m_b.wealth2Id);
    QVERIFY(wealth2 > 0);
    QSignalSpy loaded(dashboard, &DashboardPanel::loaded);
    filter->setFocus();
    for (int i = 0; i < wealth2; ++i)
        QTest::keyClick(filter, Qt::Key_Down);
    QCOMPARE(filter->currentText(), QStringLiteral("孙理财"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dashboard->scope().managerId, m_b.wealth2Id);
    QCOMPARE(dashboard->tierChart()->values(), (QList<double>{0, 1, 0, 0, 1}));
    QCOMPARE(dashboard->referralChart()->stages(), (QList<int>{2, 2, 1, 1}));
    QCOMPARE(dashboard->callChart()->batchCount(), 1);
    QCOMPARE(dashboard->aumChart()->pointCount(), 1);
    QVERIFY(dashboard->kycCellChart()->showsNoData()); // his customers have no KYC file yet

    // Back to the whole branch.
    for (int i = 0; i < wealth2; ++i)
        QTest::keyClick(filter, Qt::Key_Up);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dashboard->scope().managerId, QString());
    QCOMPARE(dashboard->tierChart()->values(), (QList<double>{1, 1, 1, 0, 1}));
}

void tst_Dashboards::exportsPngAndPdf()
{
    BranchDashboard *dashboard = m_workspace->dashboard();
    QVERIFY(waitLoaded(dashboard));
    const QString png = m_dir.filePath(QStringLiteral("dashboard.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("dashboard.pdf"));
    QString problem;
    QVERIFY2(dashboard->exportPng(png, &problem), qPrintable(problem));
    QVERIFY2(dashboard->exportPdf(pdf, &problem), qPrintable(problem));

    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), DashboardSheet::kPngSize);
    // Not a blank page: text, axes and bars cover a fair share of it.
    int inked = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7, ++samples)
            inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
    }
    QVERIFY2(inked * 100 > samples * 3, qPrintable(QStringLiteral("%1 of %2").arg(inked).arg(samples)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(file.size() > 10000);

    // A bad place is a clear message, not a crash.
    QVERIFY(!dashboard->exportPng(m_dir.filePath(QStringLiteral("missing/dir/x.png")), &problem));
    QVERIFY(!problem.isEmpty());

    keepCopy(png, QStringLiteral("dashboard-branch.png"));
    keepCopy(pdf, QStringLiteral("dashboard-branch.pdf"));
    const QString screen = m_dir.filePath(QStringLiteral("screen.png"));
    QVERIFY(m_workspace->grab().save(screen));
    keepCopy(screen, QStringLiteral("dashboard-branch-screen.png"));
}

void tst_Dashboards::managerSeesHisOwnBook()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    ManagerDashboard dashboard(m_store, wealth);
    dashboard.resize(1300, 850);
    dashboard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
    QVERIFY(waitLoaded(&dashboard));
    QCOMPARE(dashboard.problem(), QString());
    QCOMPARE(dashboard.scope().managerId, wealth.user.id);
    QVERIFY(!dashboard.findChild<QComboBox *>(QStringLiteral("managerFilter")));
    QCOMPARE(dashboard.tierChart()->values(), (QList<double>{1, 0, 1, 0, 0}));
    QCOMPARE(dashboard.referralChart()->stages(), (QList<int>{3, 1, 0, 1}));
    QCOMPARE(dashboard.callChart()->batchCount(), 1);
    const QString png = m_dir.filePath(QStringLiteral("book.png"));
    QVERIFY(dashboard.exportPng(png));
    keepCopy(png, QStringLiteral("dashboard-book.png"));
}

void tst_Dashboards::identicalListNamesAreToldApart()
{
    // Six of thirteen lists were called alike in the outcome chart: each bar must say
    // which list it is.
    CallOutcomeChart chart;
    QList<CallBatchOutcomes> batches;
    for (int i = 0; i < 3; ++i) {
        CallBatchOutcomes batch;
        batch.listId = QString::number(i);
        batch.name = QStringLiteral("本月到期资金承接名单");
        batch.startsOn = QDate(2026, 11, 2 + 7 * (i / 2)); // two share a start day too
        batch.endsOn = batch.startsOn.addDays(14);
        batch.notCalled = 3 + i;
        batches << batch;
    }
    CallBatchOutcomes other;
    other.listId = QStringLiteral("x");
    other.name = QStringLiteral("生日关怀");
    other.startsOn = QDate(2026, 11, 20);
    other.notCalled = 1;
    batches << other;
    chart.setBatches(batches);
    auto ticker = chart.plot()->xAxis->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(ticker);
    const QStringList labels = ticker->ticks().values();
    QCOMPARE(labels.size(), 4);
    QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), 4);
    QVERIFY(labels.contains(QStringLiteral("生日关怀"))); // a unique name stays as it is
}

// A call outcome a newer version logged ("voicemail", "callback") has a layer of the stack
// named in words, one for all such outcomes, never the stored code in the legend.
void tst_Dashboards::anOutcomeThisVersionDoesNotKnowIsSaidInWords()
{
    CallOutcomeChart chart;
    CallBatchOutcomes batch;
    batch.listId = QStringLiteral("l");
    batch.name = QStringLiteral("到期承接");
    batch.startsOn = QDate(2026, 11, 2);
    batch.endsOn = batch.startsOn.addDays(14);
    batch.outcomes.insert(QStringLiteral("interested"), 2);
    batch.outcomes.insert(QStringLiteral("voicemail"), 3);
    batch.outcomes.insert(QStringLiteral("callback"), 1);
    chart.setBatches({batch});
    QStringList legend;
    for (int i = 0; i < chart.plot()->plottableCount(); ++i)
        legend << chart.plot()->plottable(i)->name();
    QVERIFY2(!legend.join(u'|').contains(QLatin1String("voicemail"))
                     && !legend.join(u'|').contains(QLatin1String("callback")),
             qPrintable(legend.join(u'|')));
    QCOMPARE(legend, (QStringList{CallOutcomeChart::outcomeLabel(QStringLiteral("interested")),
                                  CallOutcomeChart::outcomeLabel(QStringLiteral("snoozed"))}));
    QCOMPARE(chart.series(QStringLiteral("unknown_outcome")), QList<int>{4});
}

// Issue #15 item 19: "15,674（78%" was cut at the edge of a one-column chart of the exported
// sheet. The sheet draws each chart with QCustomPlot::toPixmap at its cell's size (about
// 380x200 for one column of the PNG, smaller than on screen): every value label must lie
// inside the picture drawn.
void tst_Dashboards::exportedLabelsAreNotCut_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("cell");
    QTest::newRow("horizontal, PNG cell") << int(Qt::Horizontal) << QSize(380, 200);
    QTest::newRow("horizontal, narrow") << int(Qt::Horizontal) << QSize(300, 180);
    QTest::newRow("vertical, PNG cell") << int(Qt::Vertical) << QSize(380, 160);
}

void tst_Dashboards::exportedLabelsAreNotCut()
{
    QFETCH(int, orientation);
    QFETCH(QSize, cell);
    CategoryBarChart chart(QStringLiteral("Customers per lifecycle stage"),
                           QStringLiteral("Customers"), Qt::Orientation(orientation));
    chart.resize(1100, 420); // on screen: wide, the labels have room
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const int counts[] = {15674, 2103, 1288, 690, 345};
    const char *stages[] = {"Development", "Growth", "Maturity", "Decline", "Termination"};
    QList<CategoryBarChart::Bar> bars;
    for (int i = 0; i < 5; ++i)
        bars.append({QString::fromLatin1(stages[i]), double(counts[i]),
                     QStringLiteral("%1 (%2%)")
                             .arg(QLocale(QLocale::English).toString(counts[i]))
                             .arg(qRound(counts[i] * 100.0 / 20100)),
                     {}});
    chart.setBars(bars, true);
    QVERIFY(chart.plot()->viewport().width() > 1000);
    const QImage image = chart.plot()->toPixmap(cell.width(), cell.height()).toImage();
    QCOMPARE(image.size(), cell);
    // Where each value label was drawn in that picture (the plot keeps the layout it drew
    // with until its next replot): wholly inside it, or cut.
    QStringList cut;
    for (int i = 0; i < chart.plot()->itemCount(); ++i) {
        auto *label = qobject_cast<QCPItemText *>(chart.plot()->item(i));
        if (!label || !label->visible() || label->text().isEmpty())
            continue;
        const QPointF topRight = label->topRight->pixelPosition();
        if (topRight.x() > cell.width() || topRight.y() < 0)
            cut << QStringLiteral("%1 ends at x=%2, top y=%3")
                           .arg(label->text())
                           .arg(topRight.x())
                           .arg(topRight.y());
    }
    const QString picture = QDir::temp().filePath(QStringLiteral("cut-labels.png"));
    if (!cut.isEmpty())
        image.save(picture);
    QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut in a %1x%2 picture (%3): %4")
                                               .arg(cell.width())
                                               .arg(cell.height())
                                               .arg(picture, cut.join(QStringLiteral("; ")))));
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // BRANCHDESK_TEST_LANGUAGE=zh_CN shows (and exports) the dashboards in Chinese.
    if (qEnvironmentVariableIsSet("BRANCHDESK_TEST_LANGUAGE"))
        LanguageSetup::install(app, qEnvironmentVariable("BRANCHDESK_TEST_LANGUAGE"));
    tst_Dashboards test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dashboards.moc"
