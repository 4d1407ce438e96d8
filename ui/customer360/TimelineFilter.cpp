#include "ui/customer360/TimelineFilter.h"

#include "ui/customer360/TimelineModel.h"

namespace bd {

TimelineFilter::TimelineFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void TimelineFilter::apply()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs the filter.
    invalidateFilter();
}

void TimelineFilter::setSources(const QSet<int> &sources)
{
    m_sources = sources;
    apply();
}

void TimelineFilter::setKind(const QString &code)
{
    m_kind = code;
    apply();
}

void TimelineFilter::setChannel(const QString &code)
{
    m_channel = code;
    apply();
}

void TimelineFilter::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    apply();
}

void TimelineFilter::setMinimumAmount(Money amount)
{
    m_minimum = amount;
    apply();
}

bool TimelineFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int source = index.data(TimelineModel::SourceRole).toInt();
    if (!m_sources.isEmpty() && !m_sources.contains(source))
        return false;
    if (!m_kind.isEmpty() && index.data(TimelineModel::KindRole).toString() != m_kind)
        return false;
    if (!m_channel.isEmpty() && index.data(TimelineModel::ChannelRole).toString() != m_channel)
        return false;
    const QDate day = index.data(TimelineModel::DateRole).toDate();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    if (m_minimum > Money() && source == int(TimelineEntry::Source::Transaction)
        && Money::fromFen(index.data(TimelineModel::AmountRole).toLongLong()) < m_minimum)
        return false;
    return true;
}

} // namespace bd
