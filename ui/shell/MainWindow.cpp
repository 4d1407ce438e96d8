#include "ui/shell/MainWindow.h"

#include "database/core/Store.h"
#include "ui/branchfloor/ReferralLauncher.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/calls/CallTaskModel.h"
#include "ui/calls/CustomerBookModel.h"
#include "ui/common/BackgroundReader.h"
#include "ui/common/CustomerSearchField.h"
#include "ui/common/FileChoice.h"
#include "ui/common/WindowFit.h"
#include "ui/customer360/Customer360View.h"
#include "ui/kyc/KycWizardLauncher.h"
#include "ui/privacy/IdleLock.h"
#include "ui/shell/AdminWorkspace.h"
#include "ui/shell/BranchHeadWorkspace.h"
#include "ui/shell/LobbyWorkspace.h"
#include "ui/shell/TellerWorkspace.h"
#include "ui/shell/WealthManagerWorkspace.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QToolBar>

namespace bd {

MainWindow::MainWindow(Store &store, const Session &session, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_session(session)
    , m_workspace(workspaceFor(store, m_session, this))
    , m_search(new CustomerSearchField(store, m_session, this))
    , m_reader(new BackgroundReader(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("BranchDesk — %1").arg(session.branch.name.isEmpty()
                                                     ? session.branch.code
                                                     : session.branch.name));
    setCentralWidget(m_workspace);
    createActions();
    createStatusBar();
    connect(m_search, &CustomerSearchField::customerChosen, this,
            [this](const CustomerId &customerId, const QString &summary) {
                statusBar()->showMessage(summary, 10000);
                openCustomer360(customerId);
            });
    connectCustomerTables();
    restoreWindowState();
    m_idleLock = new IdleLock(store, m_session, this);
    connect(m_idleLock, &IdleLock::signOutRequested, this, &MainWindow::signOutRequested);
    m_idleLock->addActionsTo(m_fileMenu);
}

MainWindow::~MainWindow() = default;

Workspace *MainWindow::workspaceFor(Store &store, const Session &session, QWidget *parent)
{
    switch (session.user.role) {
    case StaffRole::LobbyManager: return new LobbyWorkspace(store, session, parent);
    case StaffRole::Teller: return new TellerWorkspace(store, session, parent);
    case StaffRole::WealthManager: return new WealthManagerWorkspace(store, session, parent);
    case StaffRole::BranchHead: return new BranchHeadWorkspace(store, session, parent);
    case StaffRole::Admin: return new AdminWorkspace(store, session, parent);
    }
    return new AdminWorkspace(store, session, parent);
}

void MainWindow::connectCustomerTables()
{
    const QList<QTableView *> views = m_workspace->findChildren<QTableView *>();
    for (QTableView *view : views) {
        // Enter on a row, or a double-click (which some styles do not report as activation).
        const auto open = [this, view](const QModelIndex &index) {
            const CustomerId customerId = customerIdAt(view, index);
            if (!customerId.isEmpty())
                openCustomer360(customerId);
        };
        connect(view, &QAbstractItemView::activated, this, open);
        connect(view, &QAbstractItemView::doubleClicked, this, open);
    }
}

CustomerId MainWindow::customerIdAt(QTableView *view, const QModelIndex &index) const
{
    QModelIndex source = index;
    const QAbstractItemModel *model = view->model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        source = proxy->mapToSource(source);
        model = proxy->sourceModel();
    }
    if (!source.isValid())
        return {};
    if (const auto *book = dynamic_cast<const CustomerBookModel *>(model))
        return CustomerId(book->rows().value(source.row()).customer.id);
    if (const auto *calls = dynamic_cast<const CallTaskModel *>(model))
        return calls->rows().value(source.row()).customerId;
    // A referral of a known customer opens that customer (an anonymous walk-in has none).
    if (const auto *referrals = dynamic_cast<const ReferralQueueModel *>(model))
        return referrals->rows().value(source.row()).customerId;
    return {};
}

Customer360View *MainWindow::openCustomer360(const CustomerId &customerId)
{
    if (customerId.isEmpty())
        return nullptr;
    if (Customer360View *open = m_customer360s.value(customerId)) {
        open->show();
        open->raise();
        open->activateWindow();
        if (open->isLoaded())
            open->reload();
        return open;
    }
    auto *view = new Customer360View(m_store, m_session, customerId, m_reader, this);
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Customer 360"));
    WindowFit::resizeWithin(view, QSize(1180, 780));
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Close)}) {
        auto *close = new QShortcut(keys, view);
        close->setContext(Qt::WindowShortcut);
        connect(close, &QShortcut::activated, view, &QWidget::close);
    }
    connect(view, &Customer360View::kycRequested, this, [this, view](const CustomerId &id) {
        openKycWizard(m_store, m_session, id, view);
        view->reload(); // the wizard may have filled cells of the nine-grid
    });
    connect(view, &Customer360View::referralRequested, this, [this, view](const CustomerId &id) {
        openReferralForm(m_store, m_session, id, view);
    });
    // A customer moved to another branch is no longer this branch's to work on.
    connect(view, &Customer360View::customerMoved, view, &QWidget::close);
    m_customer360s.insert(customerId, view);
    view->show();
    view->activateWindow();
    return view;
}

QList<Customer360View *> MainWindow::openCustomer360s() const
{
    QList<Customer360View *> open;
    for (const QPointer<Customer360View> &view : m_customer360s) {
        if (view)
            open << view;
    }
    return open;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *signOut = file->addAction(tr("&Sign out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    signOut->setStatusTip(tr("Sign out and leave the workstation at the sign-in screen"));
    QAction *quit = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    QAction *find = view->addAction(tr("&Find customer"), this, [this] {
        raise();
        activateWindow();
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(QStringLiteral("findCustomerAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    find->setShortcutContext(Qt::ApplicationShortcut); // from the 360 windows too

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About BranchDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Workstation"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addWidget(m_search);
    toolBar->addSeparator();
    toolBar->addAction(refreshAction);
    toolBar->addAction(signOut);
}

void MainWindow::createStatusBar()
{
    auto *user = new QLabel(tr("%1 · %2").arg(m_session.user.displayName,
                                              StaffRoles::label(m_session.user.role)),
                            this);
    user->setObjectName(QStringLiteral("signedInUser"));
    auto *branch = new QLabel(tr("Branch %1 %2").arg(m_session.branch.code,
                                                     m_session.branch.name),
                              this);
    auto *path = new QLabel(m_store.path(), this);
    path->setObjectName(QStringLiteral("databasePathLabel"));
    path->setToolTip(tr("The local database of this workstation"));
    m_refreshedAt = new QLabel(this);
    statusBar()->addWidget(user);
    statusBar()->addWidget(branch);
    statusBar()->addPermanentWidget(m_refreshedAt);
    statusBar()->addPermanentWidget(path);
    m_refreshedAt->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(),
                                                                  QLocale::ShortFormat)));
}

void MainWindow::refresh()
{
    m_workspace->refresh();
    showRefreshed();
}

void MainWindow::refreshOpportunities()
{
    m_workspace->refreshOpportunities();
    showRefreshed();
}

void MainWindow::showRefreshed()
{
    m_refreshedAt->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(),
                                                                  QLocale::ShortFormat)));
}

void MainWindow::chooseDatabase()
{
    const QString path = FileChoice::open(
            this, tr("Open a BranchDesk database"), m_store.path(),
            tr("BranchDesk databases (*.db *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        emit openDatabaseRequested(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BranchDesk"),
                       tr("<h3>BranchDesk %1</h3>"
                          "<p>The workstation of a bank branch: lobby, counter, wealth "
                          "management and branch dashboards, working offline on a local "
                          "database.</p><p>Licensed under the GNU GPL version 3 or later.</p>")
                               .arg(QStringLiteral(PROJECT_VERSION)));
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    // What was saved on a larger screen, or never, opens at the default size within this one.
    const QByteArray saved = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    WindowFit::restoreWithin(this, saved, QSize(1280, 800));
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::leave()
{
    m_closingForSignOut = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
    if (event->isAccepted() && !m_closingForSignOut)
        emit quitRequested();
}

} // namespace bd
