#include "ui/dashboards/DashboardPanel.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"
#include "app/services/dashboards/DashboardService.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/FileChoice.h"
#include "ui/dashboards/AumHistoryChart.h"
#include "ui/dashboards/CallOutcomeChart.h"
#include "ui/dashboards/CategoryBarChart.h"
#include "ui/dashboards/DashboardChart.h"
#include "ui/dashboards/DashboardSheet.h"
#include "ui/dashboards/ReferralFunnelChart.h"

#include <QDir>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace bd {

namespace {
const QList<CustomerTier> kTiers = {CustomerTier::Ordinary, CustomerTier::Silver,
                                    CustomerTier::Gold, CustomerTier::Platinum,
                                    CustomerTier::Diamond};
// Column spans of the charts in charts() order, on screen and on the sheet.
const QList<int> kSpans = {2, 1, 1, 2, 1, 1, 1};

// All customers counted in a distribution (none when it could not be read).
int sumOf(const std::optional<QMap<QString, int>> &counts)
{
    int total = 0;
    for (int count : counts.value_or(QMap<QString, int>()))
        total += count;
    return total;
}

int percent(qint64 part, qint64 whole)
{
    return whole == 0 ? 0 : int(qRound(part * 100.0 / whole));
}
} // namespace

DashboardPanel::DashboardPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_reader(new BackgroundReader(this))
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
    , m_toolbar(new QHBoxLayout)
    , m_status(new QLabel(this))
    , m_png(new QPushButton(tr("Save as picture…"), this))
    , m_pdf(new QPushButton(tr("Save as PDF…"), this))
    , m_tiers(new CategoryBarChart(tr("Customers per tier"), tr("Customers"), Qt::Vertical, this))
    , m_lifecycle(new CategoryBarChart(tr("Customers per lifecycle stage"), tr("Customers"),
                                       Qt::Horizontal, this))
    , m_aum(new AumHistoryChart(this))
    , m_referrals(new ReferralFunnelChart(DashboardService::kReferralDays, this))
    , m_calls(new CallOutcomeChart(this))
    , m_kycTiers(new CategoryBarChart(tr("Customers with a final KYC, per tier"),
                                      tr("Share of customers (%)"), Qt::Vertical, this))
    , m_kycCells(new CategoryBarChart(tr("KYC completeness per PPF cell"),
                                      tr("Average completeness (%)"), Qt::Horizontal, this))
{
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_png->setObjectName(QStringLiteral("exportPngButton"));
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_tiers->setObjectName(QStringLiteral("tierDistributionChart"));
    m_lifecycle->setObjectName(QStringLiteral("lifecycleChart"));
    m_aum->setObjectName(QStringLiteral("aumTrendChart"));
    m_referrals->setObjectName(QStringLiteral("referralFunnelChart"));
    m_calls->setObjectName(QStringLiteral("callOutcomeChart"));
    m_kycTiers->setObjectName(QStringLiteral("kycTierChart"));
    m_kycCells->setObjectName(QStringLiteral("kycCellChart"));
    connect(m_png, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { askExport(true); });

    m_toolbar->addWidget(m_status, 1);
    m_toolbar->addWidget(m_png);
    m_toolbar->addWidget(m_pdf);

    auto *grid = new QGridLayout;
    grid->setSpacing(14);
    const QList<DashboardChart *> all = charts();
    for (int i = 0, row = 0, column = 0; i < all.size(); ++i) {
        if (column + kSpans.at(i) > 3) {
            ++row;
            column = 0;
        }
        grid->addWidget(all.at(i), row, column, 1, kSpans.at(i));
        column += kSpans.at(i);
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);

    // The charts scroll under the tool bar, so the window fits a 1366x768 screen (three rows
    // of charts need ~800 px) and the export buttons stay in reach.
    auto *sheet = new QWidget;
    sheet->setObjectName(QStringLiteral("dashboardCharts"));
    sheet->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(sheet);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_toolbar);
    layout->addWidget(scroll, 1);
}

DashboardPanel::~DashboardPanel() = default;

QList<DashboardChart *> DashboardPanel::charts() const
{
    return {m_aum, m_tiers, m_referrals, m_calls, m_lifecycle, m_kycTiers, m_kycCells};
}

void DashboardPanel::setScope(const DashboardScope &scope)
{
    m_scope = scope;
    reload();
}

template <typename Value>
void DashboardPanel::load(std::function<Result<Value>(DashboardService &)> figure,
                          std::function<void(const std::optional<Value> &)> show)
{
    using Answer = std::pair<std::optional<Value>, QString>;
    const quint64 generation = m_generation;
    ++m_pending;
    m_reader->run<Answer>(
            this,
            [store = &m_store, session = m_session, figure, latest = m_latest,
             generation]() -> Answer {
                if (latest->load() != generation)
                    return {std::nullopt, QString()}; // the user already asked for another scope
                DashboardService service(*store, session);
                const Result<Value> read = figure(service);
                return {read ? std::optional<Value>(*read) : std::nullopt, read.errorString()};
            },
            [this, generation, show](Answer answer) {
                if (generation != m_generation)
                    return; // the scope changed while this figure was read
                if (!answer.second.isEmpty())
                    m_problem = answer.second;
                show(answer.first);
                figureArrived(generation);
            });
}

void DashboardPanel::reload()
{
    m_latest->store(++m_generation);
    m_pending = 0;
    m_problem.clear();
    // Refused here, on the GUI thread, before any reading starts (and audited once).
    DashboardService service(m_store, m_session);
    if (const Result<> may = service.authorise(m_scope); !may) {
        m_problem = may.errorString();
        m_status->setText(m_problem);
        emit loaded();
        return;
    }
    m_status->setText(tr("Loading the figures…"));
    m_png->setEnabled(false);
    m_pdf->setEnabled(false);
    for (DashboardChart *chart : charts())
        chart->showLoading();
    const DashboardScope scope = m_scope;
    const QDate today = QDate::currentDate();
    const QLocale locale;

    // Quick figures first (the AUM trend reads its monthly rollup, aum_month_total); the KYC
    // coverage, which reads every customer of the scope and their KYC files, is last.
    load<QMap<QString, int>>(
            [scope](DashboardService &s) { return s.tierDistribution(scope); },
            [this, locale](const std::optional<QMap<QString, int>> &counts) {
                QList<CategoryBarChart::Bar> bars;
                const int total = sumOf(counts);
                for (CustomerTier tier : kTiers) {
                    const int count = counts ? counts->value(Tiers::code(tier)) : 0;
                    bars.append({Tiers::label(tier), double(count), locale.toString(count),
                                 tr("%1: %2 customers, %3% of all")
                                         .arg(Tiers::label(tier), locale.toString(count))
                                         .arg(percent(count, total))});
                }
                m_tiers->setBars(bars, total > 0);
            });
    load<QMap<QString, int>>(
            [scope](DashboardService &s) { return s.lifecycleDistribution(scope); },
            [this, locale](const std::optional<QMap<QString, int>> &counts) {
                QList<CategoryBarChart::Bar> bars;
                const int total = sumOf(counts);
                for (const QString &stage : DomainTerms::codes(Vocabulary::LifecycleStage)) {
                    const QString label = DomainTerms::label(Vocabulary::LifecycleStage, stage);
                    const int count = counts ? counts->value(stage) : 0;
                    bars.append({label, double(count),
                                 tr("%1 (%2%)").arg(locale.toString(count)).arg(percent(count, total)),
                                 tr("%1: %2 customers").arg(label, locale.toString(count))});
                }
                m_lifecycle->setBars(bars, total > 0);
            });
    load<ReferralFunnel>(
            [scope, today](DashboardService &s) { return s.referralFunnel(scope, today); },
            [this](const std::optional<ReferralFunnel> &funnel) {
                m_referrals->setFunnel(funnel.value_or(ReferralFunnel()));
            });
    load<QList<CallBatchOutcomes>>(
            [scope](DashboardService &s) { return s.callOutcomes(scope); },
            [this](const std::optional<QList<CallBatchOutcomes>> &batches) {
                m_calls->setBatches(batches.value_or(QList<CallBatchOutcomes>()));
            });
    load<QList<AumMonthTotal>>(
            [scope, today](DashboardService &s) { return s.aumTrend(scope, today); },
            [this](const std::optional<QList<AumMonthTotal>> &months) {
                m_aum->setMonths(months.value_or(QList<AumMonthTotal>()));
            });
    load<DashboardFigures>(
            [scope](DashboardService &s) -> Result<DashboardFigures> {
                DashboardFigures figures;
                if (const Result<> covered = s.kycCoverage(scope, figures); !covered)
                    return covered.error();
                return figures;
            },
            [this, locale](const std::optional<DashboardFigures> &figures) {
                QList<CategoryBarChart::Bar> tiers;
                bool anyCustomer = false;
                for (CustomerTier tier : kTiers) {
                    const KycTierCoverage coverage =
                            figures ? figures->kycPerTier.value(Tiers::code(tier)) : KycTierCoverage();
                    const int share = percent(coverage.withFinalKyc, coverage.customers);
                    anyCustomer = anyCustomer || coverage.customers > 0;
                    tiers.append({Tiers::label(tier), double(share), QStringLiteral("%1%").arg(share),
                                  tr("%1: %2 of %3 customers have a final KYC")
                                          .arg(Tiers::label(tier),
                                               locale.toString(coverage.withFinalKyc),
                                               locale.toString(coverage.customers))});
                }
                m_kycTiers->setBars(tiers, anyCustomer, true);
                QList<CategoryBarChart::Bar> cells;
                bool anyAnswer = false;
                const KycQuestionBank &bank = KycQuestionBank::active();
                for (const QString &id : KycCompleteness::cells()) {
                    const KycCell *cell = bank.cell(id);
                    const QString label = cell ? cell->title.text() : id;
                    const int share = figures ? figures->kycPercentByCell.value(id) : 0;
                    anyAnswer = anyAnswer || share > 0;
                    cells.append({label, double(share), QStringLiteral("%1%").arg(share),
                                  tr("%1: on average %2% of its questions answered")
                                          .arg(label).arg(share)});
                }
                m_kycCells->setBars(cells, anyAnswer, true);
            });
}

void DashboardPanel::figureArrived(quint64 generation)
{
    if (generation != m_generation || --m_pending > 0)
        return;
    if (m_problem.isEmpty())
        m_status->setText(tr("%1, as of %2")
                                  .arg(scopeDescription(),
                                       QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    else
        m_status->setText(m_problem);
    m_png->setEnabled(true);
    m_pdf->setEnabled(true);
    emit loaded();
}

bool DashboardPanel::exportPng(const QString &path, QString *problem) const
{
    DashboardSheet::Header header{sheetTitle(), m_session.branch.name, scopeDescription(),
                                  m_session.user.displayName, QDate::currentDate()};
    return DashboardSheet(header, charts(), kSpans).savePng(path, problem);
}

bool DashboardPanel::exportPdf(const QString &path, QString *problem) const
{
    DashboardSheet::Header header{sheetTitle(), m_session.branch.name, scopeDescription(),
                                  m_session.user.displayName, QDate::currentDate()};
    return DashboardSheet(header, charts(), kSpans).savePdf(path, problem);
}

QString DashboardPanel::defaultExportName(const QString &suffix) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(tr("dashboard-%1.%2")
                                         .arg(QDate::currentDate().toString(Qt::ISODate), suffix));
}

void DashboardPanel::askExport(bool pdf)
{
    const QString path = FileChoice::save(
            this, pdf ? tr("Save the dashboard as PDF") : tr("Save the dashboard as a picture"),
            defaultExportName(pdf ? QStringLiteral("pdf") : QStringLiteral("png")),
            pdf ? tr("PDF documents (*.pdf)") : tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString problem;
    if (!(pdf ? exportPdf(path, &problem) : exportPng(path, &problem)))
        QMessageBox::warning(this, tr("Dashboard not saved"), problem);
}

} // namespace bd
