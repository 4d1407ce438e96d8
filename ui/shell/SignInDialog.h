#pragma once

#include "app/services/core/Session.h"

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace bd {

class Store;

// Sign-in with user name and password: at the sync server when there is one, else (or when
// it cannot be reached) against what this workstation keeps (WorkstationSignIn). A demo database
// lists its demo accounts; clicking one fills in the fields. A real database never does.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Store &store, QWidget *parent = nullptr);

    // With a sync server the password is checked there first, and an offline verifier is
    // kept for when it cannot be reached (WorkstationSignIn); without one, locally only.
    void setSyncServer(const QUrl &server, const QString &caFile = {});
    // Empties the fields and the message, for the next person at the workstation.
    void reset();
    QString errorText() const;
    // Fills in the fields and signs in as the button does (branchdesk --sign-in): the same
    // checks, audit and refusal words; a refusal stays on screen for a person to retry.
    void signInAs(const QString &username, const QString &password);
    bool showsDemoAccounts() const;

signals:
    void signedIn(const bd::Session &session);
    void credentialsAccepted(const QString &username, const QString &password);

private:
    void attemptSignIn();
    void fillDemoAccounts();
    void showError(const QString &message);

    Store &m_store;
    QUrl m_syncServer;
    QString m_caFile;
    QLabel *m_branch;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QLabel *m_error;
    QWidget *m_demoBox;
    QTableWidget *m_demoAccounts;
    QPushButton *m_signIn;
};

} // namespace bd
