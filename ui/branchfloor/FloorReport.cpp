#include "ui/branchfloor/FloorReport.h"

#include "database/workspaces/ReferralLines.h"
#include "ui/branchfloor/FloorModels.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/common/RowTableView.h"

#include <QMap>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace bd {

namespace {
// Columns fit their figures after every refresh.
QTableView *tableOf(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    QTableView *view = newRowTableView(model, name, parent);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

QCustomPlot *plotIn(QWidget *parent, const QString &name, const QString &yLabel)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumSize(320, 160); // under the Today figures on a 1366x768 screen
    plot->setBackground(parent->palette().brush(QPalette::Base));
    plot->yAxis->setLabel(yLabel);
    plot->yAxis->setNumberFormat(QStringLiteral("f"));
    plot->yAxis->setNumberPrecision(0);
    plot->xAxis->setSubTicks(false);
    plot->xAxis->grid()->setVisible(false);
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    return plot;
}

// Three grouped bar series (logged, accepted, converted) over labelled keys.
void plotGroups(QCustomPlot *plot, const QStringList &labels, const QList<std::array<double, 3>> &values)
{
    plot->clearPlottables();
    auto *group = new QCPBarsGroup(plot);
    const QString names[3] = {ReferralDayModel::tr("Logged"), ReferralDayModel::tr("Accepted"),
                              ReferralDayModel::tr("Converted")};
    const QColor colours[3] = {QColor(0x2f, 0x6f, 0xb3), QColor(0xf2, 0x9e, 0x1f),
                               QColor(0x2e, 0x9d, 0x57)};
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double highest = 1;
    for (int series = 0; series < 3; ++series) {
        auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(names[series]);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colours[series]);
        bars->setWidth(0.25);
        bars->setBarsGroup(group);
        QVector<double> keys, heights;
        for (int i = 0; i < labels.size(); ++i) {
            keys << i + 1;
            heights << values.at(i)[series];
            highest = qMax(highest, values.at(i)[series]);
        }
        bars->setData(keys, heights, true);
    }
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels.at(i));
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0.4, labels.size() + 0.6);
    plot->yAxis->setRange(0, highest * 1.25);
    plot->replot();
}
} // namespace

FloorReport::FloorReport(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_days(new ReferralDayModel(this))
    , m_adherence(new TellerAdherenceModel(this))
    , m_escalated(new ReferralQueueModel(this))
    , m_referralChart(nullptr)
    , m_staffChart(nullptr)
    , m_adherenceChart(nullptr)
{
    setObjectName(QStringLiteral("floorReport"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("floorReportTabs"));

    auto *perDay = new QSplitter(Qt::Horizontal, tabs);
    perDay->addWidget(tableOf(m_days, QStringLiteral("referralDaysView"), perDay));
    m_referralChart = plotIn(perDay, QStringLiteral("referralDayChart"), tr("Referrals"));
    perDay->addWidget(m_referralChart);
    perDay->setStretchFactor(0, 1);
    perDay->setStretchFactor(1, 1);
    tabs->addTab(perDay, tr("Referrals per day"));

    m_staffChart = plotIn(tabs, QStringLiteral("referralStaffChart"), tr("Referrals"));
    tabs->addTab(m_staffChart, tr("Referrals per staff member"));

    auto *steps = new QSplitter(Qt::Horizontal, tabs);
    steps->addWidget(tableOf(m_adherence, QStringLiteral("tellerAdherenceView"), steps));
    m_adherenceChart = plotIn(steps, QStringLiteral("tellerAdherenceChart"), tr("% of services"));
    steps->addWidget(m_adherenceChart);
    tabs->addTab(steps, tr("Teller seven steps"));

    tabs->addTab(tableOf(m_escalated, QStringLiteral("escalatedReferralsView"), tabs),
                 tr("Escalated referrals"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

FloorReport::Lines FloorReport::read(Store &store, const Session &session)
{
    const QDate today = QDate::currentDate();
    const FloorQueries queries(store);
    return {queries.referralDays(session.branch.id, today.addDays(1 - kDays), today),
            queries.tellerAdherence(session.branch.id, today.addDays(1 - kDays), today),
            ReferralLines(store).escalatedReferrals(session.branch.id)};
}

void FloorReport::refresh()
{
    showLines(read(m_store, m_session));
}

void FloorReport::showLines(const Lines &lines)
{
    m_days->setRows(lines.days);
    m_adherence->setRows(lines.adherence);
    m_escalated->setRows(lines.escalated);
    plotReferrals();
    plotStaff();
    plotAdherence();
}

void FloorReport::plotReferrals()
{
    QMap<QDate, std::array<double, 3>> perDay;
    const QDate today = QDate::currentDate();
    for (int d = kDays - 1; d >= 0; --d)
        perDay.insert(today.addDays(-d), {0, 0, 0});
    for (const ReferralDayLine &line : m_days->rows()) {
        auto &values = perDay[line.day];
        values[0] += line.logged;
        values[1] += line.accepted;
        values[2] += line.converted;
    }
    QStringList labels;
    for (const QDate &day : perDay.keys())
        labels << day.toString(QStringLiteral("d"));
    plotGroups(m_referralChart, labels, perDay.values());
}

void FloorReport::plotStaff()
{
    QMap<QString, std::array<double, 3>> perStaff;
    for (const ReferralDayLine &line : m_days->rows()) {
        auto &values = perStaff[line.staffName];
        values[0] += line.logged;
        values[1] += line.accepted;
        values[2] += line.converted;
    }
    plotGroups(m_staffChart, perStaff.keys(), perStaff.values());
}

void FloorReport::plotAdherence()
{
    QCustomPlot *plot = m_adherenceChart;
    plot->clearPlottables();
    plot->legend->setVisible(false);
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setPen(Qt::NoPen);
    bars->setBrush(QColor(0x2f, 0x6f, 0xb3));
    bars->setWidth(0.6);
    // One bar per step: share of all services in the period with that step done.
    QVector<double> keys, values;
    std::array<int, 7> done{};
    int sessions = 0;
    for (const TellerAdherenceLine &line : m_adherence->rows()) {
        sessions += line.sessions;
        for (int step = 0; step < 7; ++step)
            done[step] += line.perStep[step];
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int step = 0; step < 7; ++step) {
        keys << step + 1;
        values << (sessions ? 100.0 * done[step] / sessions : 0.0);
        ticker->addTick(step + 1, QString::number(step + 1));
    }
    bars->setData(keys, values, true);
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setLabel(tr("Step"));
    plot->xAxis->setRange(0.4, 7.6);
    plot->yAxis->setRange(0, 105);
    plot->replot();
}

} // namespace bd
