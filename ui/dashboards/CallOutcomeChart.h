#pragma once

#include "database/dashboards/CallOutcomeQuery.h"
#include "ui/dashboards/DashboardChart.h"

class QCPBars;

namespace bd {

// Call outcomes per call list (batch), stacked: how well each batch converts into
// appointments and interest, and how much of it is still to call (DOMAIN.md section 6:
// team leads prioritise batches by the share of interested vs refusing customers).
class CallOutcomeChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit CallOutcomeChart(QWidget *parent = nullptr);

    void setBatches(const QList<CallBatchOutcomes> &batches);
    int batchCount() const { return int(m_batches.size()); }
    // Tasks of `category` (an outcome code, or "not_called" / "no_outcome" /
    // "unknown_outcome": every outcome this build does not know) per batch.
    QList<int> series(const QString &category) const;
    QString toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const override;

    // Translated label of a call outcome code (another area records them); a code this
    // build does not know is said in words.
    static QString outcomeLabel(const QString &code);

private:
    static int countOf(const CallBatchOutcomes &batch, const QString &category);

    QList<CallBatchOutcomes> m_batches;
    QList<QCPBars *> m_stack;
    QStringList m_categories; // of m_stack, bottom up
};

} // namespace bd
