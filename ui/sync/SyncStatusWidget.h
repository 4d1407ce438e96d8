#pragma once

#include "app/sync/SyncEngine.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace bd {

class Store;
class SyncController;
struct Session;

// The status bar's sync corner: when the last round ran, what waits to be sent, whether
// the server is reachable, and the conflicts waiting for a person (click to review).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    SyncStatusWidget(Store &store, const Session &session, SyncController &controller,
                     QWidget *parent = nullptr);

    QString statusText() const;
    void refresh();

private:
    void showReport(const SyncEngine::Report &report);

    Store &m_store;
    const Session &m_session;
    SyncController &m_controller;
    QLabel *m_status;
    QToolButton *m_syncNow;
    QToolButton *m_conflicts;
    QString m_lastProblem;
};

} // namespace bd
