#pragma once

#include <QHash>
#include <QWidget>

class QCPAbstractPlottable;
class QCPAxis;
class QCPItemText;
class QCustomPlot;
class QLabel;

namespace bd {

// One chart of a dashboard: a title over a QCustomPlot in the dashboard's look, a "no data
// yet" note when there is nothing to show, and tooltips that name a bar's figure (counts
// and sums only, never a customer).
class DashboardChart : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardChart(const QString &title, QWidget *parent = nullptr);

    QString title() const;
    QCustomPlot *plot() const { return m_plot; }
    bool showsNoData() const;
    // "Loading…" over the chart until the next data arrives.
    void showLoading();
    // The tooltip of the data point under the mouse (tests call it directly).
    virtual QString toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const;

    static QColor colour(int index); // the dashboard palette, in series order

protected:
    // Shows the "no data yet" note (or hides it) and replots.
    void finish(bool hasData, const QString &noDataText = QString());
    // Ticks at whole numbers only, for counts (no "0, 0, 1, 1" on an axis up to 2).
    static void useWholeNumbers(QCPAxis *axis);
    // Category ticks (1..n) on `axis` with `labels`.
    static void setCategories(QCPAxis *axis, const QStringList &labels);
    // A value label just beyond the end of a bar at (key, value): above it, or right of it
    // for horizontal bars. clearBarLabels() removes them before new data.
    void addBarLabel(double key, double value, const QString &text, bool horizontal = false);
    void clearBarLabels();

private:
    void showToolTip(QMouseEvent *event);
    void fitBarLabels();

    QLabel *m_title;
    QCustomPlot *m_plot;
    QCPItemText *m_noData;
    bool m_loading = false;
    QList<QCPItemText *> m_barLabels;
    // Per value axis: the upper end the chart asked for, and the one set to fit the labels.
    QHash<QCPAxis *, double> m_askedUpper;
    QHash<QCPAxis *, double> m_fittedUpper;
};

} // namespace bd
