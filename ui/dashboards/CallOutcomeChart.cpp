#include "ui/dashboards/CallOutcomeChart.h"

#include "app/domain/WorkStateCodes.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <qcustomplot.h>

namespace bd {

namespace {
const QString kNotCalled = QStringLiteral("not_called");
const QString kNoOutcome = QStringLiteral("no_outcome");
// Every outcome this build does not know (a newer version's), in one layer of its own.
const QString kUnknownOutcome = QStringLiteral("unknown_outcome");
// Bottom up: the best outcomes at the base of each stack, work still to do on top.
const QStringList kKnownOutcomes = WorkStates::codes(
        {CallOutcome::Appointment, CallOutcome::Interested, CallOutcome::Reached,
         CallOutcome::NotReached, CallOutcome::Refused});

QString batchTick(const QString &name)
{
    // Long list names break onto a second line rather than run into their neighbours.
    constexpr int kLine = 8;
    if (name.size() <= kLine)
        return name;
    const QString rest = name.mid(kLine);
    return name.left(kLine) + QLatin1Char('\n')
            + (rest.size() > kLine ? rest.left(kLine - 1) + QChar(0x2026) : rest);
}
// One tick per batch. Lists are often named alike ("本月到期资金承接名单" every month, per
// manager): a name shared by several lists gets its start day on a line of its own, and
// lists alike in both get their number among them.
QStringList batchTicks(const QList<CallBatchOutcomes> &batches)
{
    const QLocale locale;
    QHash<QString, int> named;
    for (const CallBatchOutcomes &batch : batches)
        ++named[batch.name];
    QStringList ticks;
    QHash<QString, int> seen;
    for (const CallBatchOutcomes &batch : batches) {
        QString tick = batchTick(batch.name);
        if (named.value(batch.name) > 1) {
            tick += QLatin1Char('\n') + locale.toString(batch.startsOn, QLocale::ShortFormat);
            const int nth = ++seen[tick];
            if (nth > 1)
                tick += QStringLiteral(" (%1)").arg(nth);
        }
        ticks << tick;
    }
    return ticks;
}
} // namespace

CallOutcomeChart::CallOutcomeChart(QWidget *parent)
    : DashboardChart(tr("Call outcomes per call list"), parent)
{
    plot()->yAxis->setLabel(tr("Customers on the list"));
    useWholeNumbers(plot()->yAxis);
    // The legend beside the bars, not over them.
    plot()->legend->setVisible(true);
    plot()->axisRect()->insetLayout()->take(plot()->legend);
    auto *side = new QCPLayoutGrid;
    plot()->plotLayout()->addElement(0, 1, side);
    plot()->plotLayout()->setColumnStretchFactor(1, 0.001);
    side->addElement(0, 0, plot()->legend);
    side->addElement(1, 0, new QCPLayoutElement(plot())); // keeps the legend at the top
    side->setRowStretchFactor(0, 0.001);
    plot()->legend->setMargins(QMargins(8, 4, 4, 4));
}

QString CallOutcomeChart::outcomeLabel(const QString &code)
{
    if (const std::optional<CallOutcome> outcome = WorkStates::callOutcome(code)) {
        switch (*outcome) {
        case CallOutcome::Reached: return tr("Reached");
        case CallOutcome::NotReached: return tr("Not reached");
        case CallOutcome::Interested: return tr("Interested");
        case CallOutcome::Refused: return tr("Refused");
        case CallOutcome::Appointment: return tr("Appointment");
        }
    }
    if (code == kNotCalled)
        return tr("Not called yet");
    if (code == kNoOutcome)
        return tr("No outcome noted");
    // Said in words, never as the stored code.
    return tr("An outcome this version of BranchDesk does not know");
}

int CallOutcomeChart::countOf(const CallBatchOutcomes &batch, const QString &category)
{
    if (category == kNotCalled)
        return batch.notCalled;
    if (category == kNoOutcome)
        return batch.noOutcome;
    if (category == kUnknownOutcome) {
        int unknown = 0;
        for (auto it = batch.outcomes.cbegin(); it != batch.outcomes.cend(); ++it)
            unknown += WorkStates::callOutcome(it.key()) ? 0 : it.value();
        return unknown;
    }
    return batch.outcomes.value(category);
}

void CallOutcomeChart::setBatches(const QList<CallBatchOutcomes> &batches)
{
    m_batches = batches;
    for (QCPBars *bars : std::as_const(m_stack))
        plot()->removePlottable(bars);
    m_stack.clear();
    m_categories.clear();
    clearBarLabels();

    // A layer without a task is left out below.
    const QStringList categories = kKnownOutcomes + QStringList{kUnknownOutcome, kNoOutcome,
                                                                kNotCalled};

    const QStringList ticks = batchTicks(batches);
    QVector<double> keys;
    double highest = 0;
    for (int i = 0; i < batches.size(); ++i) {
        keys << i + 1;
        highest = qMax(highest, double(batches.at(i).tasks()));
    }
    setCategories(plot()->xAxis, ticks);

    QCPBars *below = nullptr;
    for (const QString &category : std::as_const(categories)) {
        QVector<double> values;
        bool any = false;
        for (const CallBatchOutcomes &batch : batches) {
            values << countOf(batch, category);
            any = any || values.last() > 0;
        }
        if (!any)
            continue;
        auto *bars = new QCPBars(plot()->xAxis, plot()->yAxis);
        bars->setName(outcomeLabel(category));
        bars->setWidth(0.6);
        bars->setPen(QPen(Qt::white, 1));
        const int known = int(kKnownOutcomes.indexOf(category));
        bars->setBrush(category == kNotCalled ? colour(6)
                       : category == kNoOutcome ? colour(5)
                       : known >= 0 ? colour(known) : colour(4));
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_stack << bars;
        m_categories << category;
    }

    const QLocale locale;
    for (int i = 0; i < batches.size(); ++i) {
        const CallBatchOutcomes &batch = batches.at(i);
        if (batch.tasks() == 0)
            continue;
        const int positive = batch.outcomes.value(WorkStates::code(CallOutcome::Appointment))
                + batch.outcomes.value(WorkStates::code(CallOutcome::Interested));
        QString text = locale.toString(batch.tasks());
        if (batch.withOutcome() > 0)
            text = tr("%1 · %2% interested").arg(text).arg(qRound(positive * 100.0 / batch.withOutcome()));
        addBarLabel(i + 1, batch.tasks(), text);
    }
    // Headroom for the totals and the legend.
    plot()->yAxis->setRange(0, qMax(1.0, highest) * 1.15);
    plot()->legend->setVisible(!m_stack.isEmpty());
    finish(!m_stack.isEmpty(), tr("No call lists yet"));
}

QList<int> CallOutcomeChart::series(const QString &category) const
{
    QList<int> counts;
    for (const CallBatchOutcomes &batch : m_batches)
        counts << countOf(batch, category);
    return counts;
}

QString CallOutcomeChart::toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const
{
    const int layer = int(m_stack.indexOf(static_cast<QCPBars *>(plottable)));
    if (layer < 0 || dataIndex < 0 || dataIndex >= m_batches.size())
        return {};
    const CallBatchOutcomes &batch = m_batches.at(dataIndex);
    const QString category = m_categories.at(layer);
    const QLocale locale;
    return tr("%1, %2 to %3\n%4: %5 of %6 customers")
            .arg(batch.name, locale.toString(batch.startsOn, QLocale::ShortFormat),
                 locale.toString(batch.endsOn, QLocale::ShortFormat), outcomeLabel(category),
                 locale.toString(countOf(batch, category)), locale.toString(batch.tasks()));
}

} // namespace bd
