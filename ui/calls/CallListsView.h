#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class BackgroundCarePlan;
class CallListModel;
struct CallListSummary;
class Store;

// The branch head's view of call lists with batch quality (share interested vs refused of
// the reached customers), the contact-rules settings and the branch-wide care plan and
// lifecycle runs (on a worker thread). For BranchHeadWorkspace. Empty until refresh(), or
// showLists() of lists read elsewhere (the branch head's desk reads them off the GUI thread).
class CallListsView : public QWidget
{
    Q_OBJECT

public:
    CallListsView(Store &store, const Session &session, CallClock clock = systemCallClock(),
                  QWidget *parent = nullptr);

    CallListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    BackgroundCarePlan *carePlan() const { return m_carePlan; }
    void showLists(const QList<CallListSummary> &lists);
    void showStatus(const QString &text); // the status line beside the buttons

public slots:
    void refresh();
    void editContactRules();
    void planCare(); // starts the branch run; the status line says when it is done

signals:
    void carePlanned();

private:
    Store &m_store;
    Session m_session;
    CallClock m_clock;
    CallListModel *m_model;
    QTableView *m_table;
    QLabel *m_status;
    QPushButton *m_planCare;
    BackgroundCarePlan *m_carePlan;
};

} // namespace bd
