#pragma once

#include "app/services/core/Session.h"
#include "app/services/opportunities/BranchOpportunityDesk.h"

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace bd {

class BranchOpportunityModel;
class LatestRead;
class Store;

// The branch head's opportunities (issue #17, docs/EVENTS.md): the branch pool (customers
// without a manager) to hand to a wealth manager, the complaints that are the head's own to
// recover, the ones the contact rules held back (or the quiet hours delay) with why, and
// the escalated ones (past their deadline without a contact) with whose they are.
// Rows arrive through sync; reload() reads them off the GUI thread.
class BranchOpportunitiesView : public QWidget
{
    Q_OBJECT

public:
    BranchOpportunitiesView(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload();
    bool isLoading() const;
    BranchOpportunityModel *pool() const { return m_pool; }
    BranchOpportunityModel *complaints() const { return m_complaints; }
    BranchOpportunityModel *heldBack() const { return m_heldBack; }
    BranchOpportunityModel *escalated() const { return m_escalated; }
    QList<QAbstractItemModel *> models() const;
    int openCount() const; // pool and complaints: the count on the tab

signals:
    void loaded();

private:
    void show(const Result<BranchOpportunityDesk::Board> &board);
    void assignSelected();
    QGroupBox *section(const QString &title, QTableView *view, QWidget *buttons = nullptr);

    Store &m_store;
    Session m_session;
    LatestRead *m_read;
    BranchOpportunityModel *m_pool;
    BranchOpportunityModel *m_complaints;
    BranchOpportunityModel *m_heldBack;
    BranchOpportunityModel *m_escalated;
    QTableView *m_poolView;
    QComboBox *m_manager;
    QPushButton *m_assign;
    QLabel *m_notice;
    QList<QPair<QGroupBox *, QString>> m_titles;
};

} // namespace bd
