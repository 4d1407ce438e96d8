#pragma once

#include "Workspace.h"

namespace bd {

class CallTaskModel;
class CareTaskModel;
class CustomerBookModel;
class FigureTile;
class MoneyArrivalModel;

// The wealth manager's desk: the call list ranked by "easiest to close now", care tasks
// that are due, money arriving within 30 days and the manager's own customers.
class WealthManagerWorkspace : public Workspace
{
    Q_OBJECT

public:
    static constexpr int kArrivalDays = 30;
    static constexpr int kCareDays = 7;

    WealthManagerWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;

private:
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
