#include "ui/shell/Workstation.h"

#include "app/services/opportunities/DeskEventEvaluation.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SyncController.h"
#include "database/core/Store.h"
#include "ui/calls/BackgroundCarePlan.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/StoreUpgradeProgress.h"
#include "ui/shell/WealthManagerWorkspace.h"
#include "ui/shell/Workspace.h"
#include "ui/sync/SyncStatusWidget.h"
#include "ui/voice/BackgroundVoiceReading.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

namespace bd {

Workstation::Workstation(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_carePlan(new BackgroundCarePlan(this))
    , m_voiceReading(new BackgroundVoiceReading(this))
{
    createSignInDialog();
    // The manager's "Today" shows the care steps the plan made. A plan that made none
    // changed nothing the desk shows: the desk is not read a second time (at 1M customers a
    // second read of ~1.5 s on two busy cores, issue #15).
    connect(m_carePlan, &BackgroundCarePlan::finished, this,
            [this](const BackgroundCarePlan::Outcome &outcome) {
                if (auto *manager = m_main ? qobject_cast<WealthManagerWorkspace *>(m_main->workspace())
                                           : nullptr)
                    manager->showCarePlanProgress(-1);
                if (m_main && outcome.care.created() > 0)
                    m_main->workspace()->refresh();
            });
    // A book's first plan reads every birth date once (~19.5 s at 1M): the manager's Today
    // says how far it is, instead of care steps appearing out of silence.
    connect(m_carePlan, &BackgroundCarePlan::progressed, this, [this](int percent) {
        if (auto *manager = m_main ? qobject_cast<WealthManagerWorkspace *>(m_main->workspace())
                                   : nullptr)
            manager->showCarePlanProgress(percent);
    });
}

Workstation::~Workstation()
{
    m_carePlan->wait(); // before m_store goes
    m_voiceReading->stop();
    delete m_main;
    delete m_signIn;
}

SignInDialog *Workstation::signInDialog() const
{
    return m_signIn;
}

SyncController *Workstation::syncController() const
{
    return m_sync;
}

MainWindow *Workstation::mainWindow() const
{
    return m_main;
}

void Workstation::setSyncServer(const QUrl &server, const QString &caFile)
{
    m_syncServer = server;
    m_caFile = caFile;
    if (m_signIn)
        m_signIn->setSyncServer(server, caFile);
}

void Workstation::enter(const Session &session, const QString &username, const QString &password)
{
    m_signIn->hide();
    m_pendingUser = username;
    m_pendingPassword = password;
    showMainWindow(session);
}

void Workstation::createSignInDialog()
{
    delete m_signIn;
    m_signIn = new SignInDialog(*m_store);
    m_signIn->setSyncServer(m_syncServer, m_caFile);
    connect(m_signIn, &SignInDialog::credentialsAccepted, this,
            [this](const QString &username, const QString &password) {
                m_pendingUser = username;
                m_pendingPassword = password;
            });
    connect(m_signIn, &SignInDialog::signedIn, this, &Workstation::showMainWindow);
    connect(m_signIn, &QDialog::rejected, this, &Workstation::finished);
}

void Workstation::start()
{
    m_signIn->reset();
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void Workstation::showMainWindow(const Session &session)
{
    closeMainWindow();
    m_main = new MainWindow(*m_store, session);
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_main, &MainWindow::signOutRequested, this, &Workstation::signOut);
    connect(m_main, &MainWindow::quitRequested, this, [this] {
        if (m_main)
            AuthService(*m_store).signOut(m_main->session());
        emit finished();
    });
    connect(m_main, &MainWindow::openDatabaseRequested, this, &Workstation::switchDatabase);

    // Background sync lives and dies with the signed-in user's window.
    m_sync = new SyncController(*m_store, m_main);
    m_sync->setCaFile(m_caFile);
    if (m_syncServer.isValid() && !m_pendingUser.isEmpty())
        m_sync->start(m_syncServer, m_pendingUser, m_pendingPassword);
    m_pendingPassword.fill(QLatin1Char(' '));
    m_pendingPassword.clear();
    m_pendingUser.clear();
    m_main->statusBar()->addPermanentWidget(
            new SyncStatusWidget(*m_store, m_main->session(), *m_sync, m_main));
    // What a round brought (an opportunity the server just made, a teller's referral, a
    // colleague's edit) shows at once, without a restart: the server rings the desk, the desk
    // pulls, the window reads itself again. Also after a round that failed later on.
    connect(m_sync, &SyncController::syncFinished, m_main,
            [this](const SyncEngine::Report &report) {
                if (report.pulled == 0 || !m_main)
                    return;
                // Only opportunities (and the desk events that came with them): Today's
                // list, not the whole desk (the book's ranking: 1.2-1.8 s at 1,000,000).
                static const QSet<QString> opportunityTables{QStringLiteral("opportunity"),
                                                             QStringLiteral("marketing_event")};
                const bool onlyOpportunities = !report.pulledTables.isEmpty()
                        && opportunityTables.contains(report.pulledTables)
                        && report.baselineRows == 0 && !report.snapshotTaken
                        && !report.fullDownload && report.movedAway == 0;
                if (onlyOpportunities)
                    m_main->refreshOpportunities();
                else
                    m_main->refresh();
            });
    // The events this desk raises (a walk-in, the counter's business, a call's outcome) run
    // through the branch's rules off the GUI thread; what they make shows at once.
    m_deskEvents = new DeskEventEvaluation(*m_store, m_main);
    connect(m_deskEvents, &DeskEventEvaluation::evaluated, m_main,
            [this](int, int opportunities, const QString &) {
                if (opportunities > 0 && m_main)
                    m_main->refresh();
            });
    m_deskEvents->watch();
    QTimer::singleShot(0, m_sync, &SyncController::syncNow);
    m_main->show();
    // Notes written before (or under another lexicon) are read on a worker, resumably.
    m_voiceReading->start(*m_store);
    // The care plan is made at sign-in (idempotent), off the GUI thread: the window is usable
    // at once and "Today" is refreshed with the new care steps when the plan is done.
    if (session.user.role == StaffRole::WealthManager
        && !m_carePlan->start(*m_store, session, BackgroundCarePlan::Scope::Mine)) {
        // The previous user's plan is still running: this one follows it, while the window lasts.
        connect(m_carePlan, &BackgroundCarePlan::finished, m_main, [this, session] {
            m_carePlan->start(*m_store, session, BackgroundCarePlan::Scope::Mine);
        }, Qt::SingleShotConnection);
    }
}

void Workstation::closeMainWindow()
{
    if (!m_main)
        return;
    if (m_sync)
        m_sync->stop(); // forgets the password before the window goes
    m_voiceReading->stop(); // its batch commits, the rest waits for the next sign-in
    if (m_deskEvents)
        m_deskEvents->stop(); // waits for its run: it writes into this store
    MainWindow *window = m_main;
    m_main = nullptr;
    window->leave(); // hides it and deletes it (with its views) once control returns
}

void Workstation::signOut()
{
    if (m_main)
        AuthService(*m_store).signOut(m_main->session());
    closeMainWindow();
    start();
}

bool Workstation::switchDatabase(const QString &path)
{
    StoreOpening opening = StoreUpgradeProgress::open(path, m_main);
    if (!opening.ok()) {
        QMessageBox::warning(m_main, tr("Database not opened"), opening.error);
        return false;
    }
    delete m_signIn;
    m_carePlan->wait(); // it writes into the store that is about to go
    if (m_main) {
        AuthService(*m_store).signOut(m_main->session());
        // The closing window still refers to the old store until it is deleted.
        Store *old = m_store.release();
        connect(m_main, &QObject::destroyed, [old] { delete old; });
        closeMainWindow();
    }
    m_store = std::move(opening.store);
    createSignInDialog();
    start();
    return true;
}

} // namespace bd
