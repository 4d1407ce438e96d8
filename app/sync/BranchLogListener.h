#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace bd {

// The workstation's ear on the server (docs/EVENTS.md, "Delivery"): a WebSocket on
// GET /v1/listen, opened with a staff token, told {"type": "log"} whenever the branch's
// change log grows (an opportunity the rules just made, a colleague's push). It only says
// so (logGrew); SyncController pulls. A lost connection is opened again, waiting longer
// each time (2 s up to a minute); a server that does not listen (an older one) costs one
// try a minute. No widgets.
class BranchLogListener : public QObject
{
    Q_OBJECT

public:
    explicit BranchLogListener(QObject *parent = nullptr);
    ~BranchLogListener() override;

    void start(const QUrl &server, const QString &caFile, const QString &username,
               const QString &password);
    void stop(); // forgets the password
    bool isListening() const { return m_listening; }

signals:
    void listening(); // the server accepted the token: rings follow
    void logGrew();

private:
    void connectNow();
    void opened();
    void heard(const QString &message);
    void lost();

    QUrl m_server;
    QString m_caFile;
    QString m_username;
    QString m_password;
    QWebSocket m_socket;
    QFutureWatcher<QByteArray> m_signIn; // the token, or empty
    QTimer m_retry;
    int m_retryMs = 0;
    bool m_listening = false;
    bool m_running = false;
};

} // namespace bd
