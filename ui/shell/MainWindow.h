#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTableView;

namespace bd {

class BackgroundReader;
class IdleLock;
class Customer360View;
class CustomerSearchField;
class Store;
class Workspace;

// The signed-in workstation: the workspace of the user's role in the middle, customer
// search in the toolbar (Ctrl+K), who/where/which file in the status bar. Choosing a
// customer (search result, or activating a row of a customer table) opens their 360 in
// its own window; Esc or Ctrl+W closes it.
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
    // After a sync round that brought only opportunities (Workstation).
    void refreshOpportunities();
    // Opens (or raises) the customer's 360 window.
    Customer360View *openCustomer360(const CustomerId &customerId);
    QList<Customer360View *> openCustomer360s() const;
    IdleLock *idleLock() const { return m_idleLock; } // locks the window when left idle
    // Saves the window state and closes it without asking to quit (sign-out).
    void leave();

signals:
    void signOutRequested();
    void openDatabaseRequested(const QString &path);
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showRefreshed();
    void createActions();
    void createStatusBar();
    void chooseDatabase();
    void showAbout();
    void saveWindowState() const;
    void restoreWindowState();
    void connectCustomerTables();
    CustomerId customerIdAt(QTableView *view, const QModelIndex &index) const;

    Store &m_store;
    Session m_session;
    Workspace *m_workspace;
    CustomerSearchField *m_search;
    BackgroundReader *m_reader; // loads the 360s
    QHash<CustomerId, QPointer<Customer360View>> m_customer360s;
    QLabel *m_refreshedAt = nullptr;
    IdleLock *m_idleLock = nullptr;
    QMenu *m_fileMenu = nullptr;
    bool m_closingForSignOut = false;
};

} // namespace bd
