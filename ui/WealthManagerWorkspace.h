#pragma once

#include "Workspace.h"

namespace bd {

class CallTaskModel;
class CareTaskModel;
class CustomerBookModel;
class FigureTile;
class MoneyArrivalModel;
class ReferralInbox;

// The wealth manager's desk: the call list ranked by "easiest to close now", care tasks
// that are due, money arriving within 30 days, the manager's own customers and the inbox of
// potential-VIP referrals from the lobby and the counter.
class WealthManagerWorkspace : public Workspace
{
    Q_OBJECT

public:
    static constexpr int kArrivalDays = 30;
    static constexpr int kCareDays = 7;

    WealthManagerWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;
    ReferralInbox *referralInbox() const { return m_inbox; }

private:
    ReferralInbox *m_inbox;
    CallTaskModel *m_callTasks;
    CareTaskModel *m_careTasks;
    MoneyArrivalModel *m_arrivals;
    CustomerBookModel *m_book;
    FigureTile *m_bookSize;
    FigureTile *m_bookAum;
    FigureTile *m_openCalls;
    FigureTile *m_arriving;
    QGroupBox *m_bookSection;
};

} // namespace bd
