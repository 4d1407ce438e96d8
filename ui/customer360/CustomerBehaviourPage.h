#pragma once

#include "app/services/customer360/Customer360Service.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace bd {

class TimelineFilter;
class TimelineModel;

// The 360's behaviour tab: the timeline of transactions, events and contacts, newest
// first, narrowed by source, kind, channel, dates and a minimum amount.
class CustomerBehaviourPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerBehaviourPage(QWidget *parent = nullptr);

    void showTimeline(const QList<TimelineEntry> &timeline);

private:
    QComboBox *newSourceFilter();
    QComboBox *newKindFilter();
    QComboBox *newChannelFilter();
    QDateEdit *newDateFilter(const QString &objectName);
    QLineEdit *newAmountFilter();
    void applyFilter();

    TimelineModel *m_timeline = nullptr;
    TimelineFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_channel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_amount = nullptr;
};

} // namespace bd
