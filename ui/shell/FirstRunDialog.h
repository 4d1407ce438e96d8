#pragma once

#include "app/services/core/Session.h"
#include "app/sync/WorkstationEnrolment.h"

#include <QDialog>
#include <QUrl>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bd {

class Store;

// The first start of a workstation without data (main, when a sync server is set): either
// "Connect to a server" (address, optional CA file, user name, password: the branch is
// downloaded by WorkstationEnrolment on a worker thread, with progress and cancel, and the
// user is signed in on it) or "Start with the demo branch". Shows what the enrolment
// reports; the work is all there.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { None, Demo, Connected };

    FirstRunDialog(const QString &databasePath, const QUrl &server, const QString &caFile,
                   QWidget *parent = nullptr);
    ~FirstRunDialog() override;

    Choice choice() const { return m_choice; }
    WorkstationEnrolment *enrolment() const { return m_enrolment; }
    QString statusText() const;

    // After Connected: the downloaded database, who signed in, with what (for sync).
    std::unique_ptr<Store> takeStore();
    Session session() const { return m_session; }
    QUrl server() const { return m_request.server; }
    QString caFile() const { return m_request.caFile; }
    QString username() const { return m_request.username.trimmed(); }
    QString takePassword();
    // Smaller pieces per request (slow lines; tests); 0: the download's own size.
    void setChunkBytes(qint64 bytes) { m_chunkBytes = bytes; }

protected:
    void reject() override;

private:
    void connectToServer();
    void showProgress(qint64 done, qint64 total);
    void downloadFinished(bool ok, const QString &error);
    void chooseCaFile();
    void setBusy(bool busy);
    void showStatus(const QString &message, bool problem);

    QString m_databasePath;
    WorkstationEnrolment *m_enrolment;
    WorkstationEnrolment::Request m_request;
    QLineEdit *m_server;
    QLineEdit *m_caFile;
    QPushButton *m_browseCa;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_connect;
    QPushButton *m_cancel;
    QPushButton *m_demo;
    qint64 m_chunkBytes = 0;
    Choice m_choice = Choice::None;
    std::unique_ptr<Store> m_store;
    Session m_session;
};

} // namespace bd
