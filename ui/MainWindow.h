#pragma once

#include "Session.h"

#include <QMainWindow>

class QLabel;

namespace bd {

class CustomerSearchField;
class Store;
class Workspace;

// The signed-in workstation: the workspace of the user's role in the middle, customer
// search in the toolbar, who/where/which file in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Store &store, const Session &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The workspace class for a role (one per role).
    static Workspace *workspaceFor(Store &store, const Session &session, QWidget *parent);

    Workspace *workspace() const { return m_workspace; }
    const Session &session() const { return m_session; }
    void refresh();
    // Saves the window state and closes it without asking to quit (sign-out).
    void leave();

signals:
    void signOutRequested();
    void openDatabaseRequested(const QString &path);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void chooseDatabase();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();

    Store &m_store;
    Session m_session;
    Workspace *m_workspace;
    CustomerSearchField *m_search;
    QLabel *m_refreshedAt = nullptr;
    bool m_closingForSignOut = false;
};

} // namespace bd
