#include "app/sync/BranchLogListener.h"

#include "app/sync/ServerSignIn.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

namespace bd {

namespace {
Q_LOGGING_CATEGORY(lcListen, "branchdesk.sync.listen")
constexpr int kFirstRetryMs = 2000;
constexpr int kLongestRetryMs = 60000;
} // namespace

BranchLogListener::BranchLogListener(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &BranchLogListener::connectNow);
    connect(&m_signIn, &QFutureWatcher<QByteArray>::finished, this, [this] {
        const QByteArray token = m_signIn.result();
        if (!m_running)
            return;
        if (token.isEmpty())
            return lost();
        QUrl url = m_server;
        url.setScheme(m_server.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                                  : QStringLiteral("ws"));
        url.setPath(QStringLiteral("/v1/listen"));
        m_socket.setProperty("token", token);
        m_socket.open(url);
    });
    connect(&m_socket, &QWebSocket::connected, this, &BranchLogListener::opened);
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &BranchLogListener::heard);
    connect(&m_socket, &QWebSocket::disconnected, this, &BranchLogListener::lost);
    // A refused connection may end without a disconnect (Qt 6.4: error, not errorOccurred).
    const auto failed = qOverload<QAbstractSocket::SocketError>(&QWebSocket::error);
    connect(&m_socket, failed, this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState && !m_retry.isActive())
            lost();
    });
}

BranchLogListener::~BranchLogListener()
{
    m_running = false;
    m_signIn.waitForFinished();
}

void BranchLogListener::start(const QUrl &server, const QString &caFile, const QString &username,
                              const QString &password)
{
    m_server = server;
    m_caFile = caFile;
    m_username = username;
    m_password = password;
    m_running = true;
    m_retryMs = kFirstRetryMs;
    if (!m_caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_caFile);
        m_socket.setSslConfiguration(tls);
    }
    connectNow();
}

void BranchLogListener::stop()
{
    m_running = false;
    m_retry.stop();
    m_signIn.waitForFinished();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    m_listening = false;
    m_socket.abort();
}

void BranchLogListener::connectNow()
{
    if (!m_running || m_signIn.isRunning())
        return;
    // The sign-in waits for the network: off the GUI thread.
    const QUrl server = m_server;
    const QString caFile = m_caFile;
    const QString username = m_username;
    const QString password = m_password;
    m_signIn.setFuture(QtConcurrent::run([server, caFile, username, password] {
        const ServerSignIn::Answer answer = ServerSignIn::signIn(server, caFile, username, password);
        return answer.outcome == ServerSignIn::Outcome::Accepted ? answer.token : QByteArray();
    }));
}

void BranchLogListener::opened()
{
    const QByteArray token = m_socket.property("token").toByteArray();
    m_socket.setProperty("token", QVariant());
    m_socket.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)}})
                    .toJson(QJsonDocument::Compact)));
}

void BranchLogListener::heard(const QString &message)
{
    const QString type = QJsonDocument::fromJson(message.toUtf8())
                                 .object()
                                 .value(QStringLiteral("type"))
                                 .toString();
    if (type == QLatin1String("listening")) {
        m_listening = true;
        m_retryMs = kFirstRetryMs;
        qCInfo(lcListen) << "listening to" << m_server.host();
        emit listening();
        // What the log got while this desk was not listening.
        emit logGrew();
    } else if (type == QLatin1String("log")) {
        emit logGrew();
    }
}

void BranchLogListener::lost()
{
    m_listening = false;
    if (!m_running || m_retry.isActive())
        return;
    qCInfo(lcListen) << "not listening; again in" << m_retryMs << "ms";
    m_retry.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kLongestRetryMs);
}

} // namespace bd
