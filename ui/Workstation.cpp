#include "Workstation.h"

#include "AuthService.h"
#include "MainWindow.h"
#include "SignInDialog.h"
#include "Store.h"
#include "StoreOpening.h"

#include <QMessageBox>

namespace bd {

Workstation::Workstation(std::unique_ptr<Store> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    createSignInDialog();
}

Workstation::~Workstation()
{
    delete m_main;
    delete m_signIn;
}

SignInDialog *Workstation::signInDialog() const
{
    return m_signIn;
}

MainWindow *Workstation::mainWindow() const
{
    return m_main;
}

void Workstation::createSignInDialog()
{
    delete m_signIn;
    m_signIn = new SignInDialog(*m_store);
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
    m_main->show();
}

void Workstation::closeMainWindow()
{
    if (!m_main)
        return;
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
    StoreOpening opening = openWorkstationStore(path);
    if (!opening.ok()) {
        QMessageBox::warning(m_main, tr("Database not opened"), opening.error);
        return false;
    }
    delete m_signIn;
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
