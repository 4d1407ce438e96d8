#pragma once

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace bd {

class BackgroundCarePlan;
class BackgroundVoiceReading;
class DeskEventEvaluation;
class MainWindow;
class SyncController;
class SignInDialog;
class Store;
struct Session;

// Who is at the workstation: shows the sign-in dialog, then the main window of the
// signed-in role; sign-out throws the views away and returns to the sign-in dialog.
class Workstation : public QObject
{
    Q_OBJECT

public:
    explicit Workstation(std::unique_ptr<Store> store, QObject *parent = nullptr);

    // The sync server to use after sign-in; none means working offline only.
    void setSyncServer(const QUrl &server, const QString &caFile = {});
    SyncController *syncController() const;
    ~Workstation() override;

    void start(); // shows the sign-in dialog
    // Opens the main window for a user signed in elsewhere (the first-run dialog); the
    // password goes to background sync, as after the sign-in dialog.
    void enter(const Session &session, const QString &username, const QString &password);
    void signOut();
    // Switches to another database file; keeps the current one if it is refused.
    bool switchDatabase(const QString &path);

    Store &store() const { return *m_store; }
    SignInDialog *signInDialog() const;
    MainWindow *mainWindow() const;
    // The care plan made at a manager's sign-in, on a worker thread (tests wait for it).
    BackgroundCarePlan *carePlan() const { return m_carePlan; }

signals:
    void finished(); // the user closed the sign-in dialog or quit

private:
    void showMainWindow(const Session &session);
    void closeMainWindow();
    void createSignInDialog();

    std::unique_ptr<Store> m_store;
    BackgroundCarePlan *m_carePlan; // uses m_store: waited for before the store goes
    BackgroundVoiceReading *m_voiceReading; // uses m_store: stopped before the store goes
    QPointer<SignInDialog> m_signIn;
    QPointer<MainWindow> m_main;
    QPointer<SyncController> m_sync; // belongs to the main window of the signed-in user
    QPointer<DeskEventEvaluation> m_deskEvents; // the same; stopped before the store goes
    QUrl m_syncServer;
    QString m_caFile;
    QString m_pendingUser;
    QString m_pendingPassword;
};

} // namespace bd
