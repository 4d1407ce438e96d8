#pragma once

#include "app/services/core/Session.h"
#include "database/dashboards/DashboardScope.h"

#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace bd {

class AumHistoryChart;
class BackgroundReader;
class CallOutcomeChart;
class CategoryBarChart;
class DashboardChart;
class ReferralFunnelChart;
class Store;

// The charts of a dashboard for one scope, loaded figure by figure on a background thread
// (a whole 1M-customer branch takes seconds; the quick figures show first), with export
// of the whole page to PNG and PDF. BranchDashboard and ManagerDashboard choose the scope.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    ~DashboardPanel() override;

    DashboardScope scope() const { return m_scope; }
    bool isLoading() const { return m_pending > 0; }
    QString problem() const { return m_problem; } // the last refusal or read error

    CategoryBarChart *tierChart() const { return m_tiers; }
    CategoryBarChart *lifecycleChart() const { return m_lifecycle; }
    AumHistoryChart *aumChart() const { return m_aum; }
    ReferralFunnelChart *referralChart() const { return m_referrals; }
    CallOutcomeChart *callChart() const { return m_calls; }
    CategoryBarChart *kycTierChart() const { return m_kycTiers; }
    CategoryBarChart *kycCellChart() const { return m_kycCells; }
    QList<DashboardChart *> charts() const;

    bool exportPng(const QString &path, QString *problem = nullptr) const;
    bool exportPdf(const QString &path, QString *problem = nullptr) const;

public slots:
    void reload();

signals:
    void loaded(); // every figure of the current scope has arrived

protected:
    DashboardPanel(Store &store, const Session &session, QWidget *parent);

    Store &store() const { return m_store; }
    const Session &session() const { return m_session; }
    void setScope(const DashboardScope &scope); // and reload
    QHBoxLayout *toolbar() const { return m_toolbar; }
    virtual QString sheetTitle() const = 0;
    virtual QString scopeDescription() const = 0;

private:
    template <typename Value>
    void load(std::function<Result<Value>(class DashboardService &)> figure,
              std::function<void(const std::optional<Value> &)> show);
    void figureArrived(quint64 generation);
    void askExport(bool pdf);
    QString defaultExportName(const QString &suffix) const;

    Store &m_store;
    Session m_session;
    DashboardScope m_scope;
    BackgroundReader *m_reader;
    quint64 m_generation = 0; // results of an older scope are dropped
    // The generation as the reader thread sees it: queued jobs of an older scope are skipped.
    std::shared_ptr<std::atomic<quint64>> m_latest;
    int m_pending = 0;
    QString m_problem;

    QHBoxLayout *m_toolbar;
    QLabel *m_status;
    QPushButton *m_png;
    QPushButton *m_pdf;
    CategoryBarChart *m_tiers;
    CategoryBarChart *m_lifecycle;
    AumHistoryChart *m_aum;
    ReferralFunnelChart *m_referrals;
    CallOutcomeChart *m_calls;
    CategoryBarChart *m_kycTiers;
    CategoryBarChart *m_kycCells;
};

} // namespace bd
