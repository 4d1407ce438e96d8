#pragma once

#include "app/services/core/Session.h"
#include "database/branchfloor/FloorQueries.h"
#include "database/workspaces/ReferralLines.h"

#include <QWidget>

class QCustomPlot;
class QTableView;

namespace bd {

class ReferralDayModel;
class ReferralQueueModel;
class Store;
class TellerAdherenceModel;

// The branch head's view of the floor over the last days: referrals logged, accepted and
// converted per staff member and per day (table and bar chart), teller step adherence
// (table and chart) and the escalated referrals waiting for a manager. Empty until
// refresh(), or showLines() of lines read elsewhere (the branch head's desk reads them off the
// GUI thread, #15 item 20).
class FloorReport : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDays = 14;

    struct Lines
    {
        QList<ReferralDayLine> days;
        QList<TellerAdherenceLine> adherence;
        QList<ReferralLine> escalated;
    };

    FloorReport(Store &store, const Session &session, QWidget *parent = nullptr);
    static Lines read(Store &store, const Session &session); // on any thread
    void showLines(const Lines &lines);
    void refresh(); // showLines(read(...)) on this thread

    ReferralDayModel *referralDays() const { return m_days; }
    TellerAdherenceModel *adherence() const { return m_adherence; }
    ReferralQueueModel *escalated() const { return m_escalated; }
    QCustomPlot *referralChart() const { return m_referralChart; }
    QCustomPlot *staffChart() const { return m_staffChart; }
    QCustomPlot *adherenceChart() const { return m_adherenceChart; }

private:
    void plotReferrals();
    void plotStaff();
    void plotAdherence();

    Store &m_store;
    Session m_session;
    ReferralDayModel *m_days;
    TellerAdherenceModel *m_adherence;
    ReferralQueueModel *m_escalated;
    QCustomPlot *m_referralChart;
    QCustomPlot *m_staffChart;
    QCustomPlot *m_adherenceChart;
};

} // namespace bd
