#pragma once

#include "app/domain/Money.h"

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace bd {

// The timeline's filters: which sources, one kind, one channel, a date range and a
// minimum amount (which narrows transactions only).
class TimelineFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilter(QObject *parent = nullptr);

    void setSources(const QSet<int> &sources); // empty: all
    void setKind(const QString &code);         // empty: all
    void setChannel(const QString &code);      // empty: all
    void setDateRange(const QDate &from, const QDate &to); // null: open
    void setMinimumAmount(Money amount);       // zero: none

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply();

    QSet<int> m_sources;
    QString m_kind;
    QString m_channel;
    QDate m_from;
    QDate m_to;
    Money m_minimum;
};

} // namespace bd
