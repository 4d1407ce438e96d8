#pragma once

#include "app/services/core/Session.h"
#include "database/opportunities/BranchOpportunityQueries.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace bd {

class LatestRead;
class RuleFigureModel;
class Store;

// What each event rule did at the branch over the last 30, 90 or 365 days (issue #17):
// fired, held back and why, delivered, contacted in time, interested, converted, new AUM;
// read from the opportunities the desk holds, off the GUI thread.
class RuleDashboard : public QWidget
{
    Q_OBJECT

public:
    RuleDashboard(Store &store, const Session &session, QWidget *parent = nullptr);

    void reload();
    bool isLoading() const;
    RuleFigureModel *model() const { return m_model; }
    QString totalText() const;

signals:
    void loaded();

private:
    Store &m_store;
    Session m_session;
    LatestRead *m_read;
    QComboBox *m_period;
    QLabel *m_total;
    RuleFigureModel *m_model;
};

} // namespace bd
