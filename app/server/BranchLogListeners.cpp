#include "app/server/BranchLogListeners.h"

#include "app/rules/EventLogging.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerStatement.h"
#include "app/server/ServerStore.h"

#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>

namespace bd {

struct BranchLogListeners::Listener
{
    std::unique_ptr<QWebSocket> socket;
    BranchId branch; // empty until signed in
    QTimer deadline;
};

namespace {
QString message(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

BranchLogListeners::BranchLogListeners(QHttpServer &server, ServerStore *store)
    : QObject(&server)
    , m_server(server)
    , m_store(store)
{
    connect(&server, &QHttpServer::newWebSocketConnection, this, &BranchLogListeners::take);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &BranchLogListeners::poll);
}

BranchLogListeners::~BranchLogListeners()
{
    // A socket closed on the way out says disconnected(): drop() must not edit the list
    // while it is being destroyed.
    for (const auto &listener : m_listeners)
        listener->socket->disconnect(this);
}

int BranchLogListeners::listening() const
{
    return int(std::count_if(m_listeners.cbegin(), m_listeners.cend(),
                             [](const auto &l) { return !l->branch.isEmpty(); }));
}

void BranchLogListeners::take()
{
    while (m_server.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_server.nextPendingWebSocketConnection();
        if (!socket)
            continue;
        // Only /v1/listen speaks WebSocket; without a store nobody can sign in.
        if (socket->requestUrl().path() != QLatin1String("/v1/listen") || !m_store
            || int(m_listeners.size()) >= kMaxListeners) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            socket.release()->deleteLater();
            continue;
        }
        auto listener = std::make_unique<Listener>();
        listener->socket = std::move(socket);
        Listener *raw = listener.get();
        QWebSocket *ws = raw->socket.get();
        connect(ws, &QWebSocket::textMessageReceived, this,
                [this, raw](const QString &text) { signIn(raw, text); });
        connect(ws, &QWebSocket::disconnected, this, [this, ws] { drop(ws); });
        raw->deadline.setSingleShot(true);
        connect(&raw->deadline, &QTimer::timeout, this, [ws] {
            ws->close(QWebSocketProtocol::CloseCodePolicyViolated);
        });
        raw->deadline.start(kSignInMs);
        m_listeners.push_back(std::move(listener));
    }
}

void BranchLogListeners::signIn(Listener *listener, const QString &text)
{
    if (!listener->branch.isEmpty())
        return; // a listener only listens
    const QString token = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("token")).toString();
    const auto caller = m_store->accounts().authorise(token);
    if (!caller) {
        listener->socket->sendTextMessage(message(
                {{QStringLiteral("type"), QStringLiteral("refused")},
                 {QStringLiteral("error"),
                  tr("Sign in first: the token is missing, expired or not valid.")}}));
        listener->socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    listener->deadline.stop();
    listener->branch = caller->branchId;
    const qint64 last = lastSeqOf(caller->branchId);
    if (!m_told.contains(caller->branchId))
        m_told.insert(caller->branchId, last);
    listener->socket->sendTextMessage(message({{QStringLiteral("type"), QStringLiteral("listening")},
                                               {QStringLiteral("branch_id"), caller->branchId.toString()},
                                               {QStringLiteral("last_seq"), double(last)}}));
    ServerLog::event(ServerLog::Level::Info, QStringLiteral("listening"),
                     {{QStringLiteral("branch"), caller->branchId.toString()},
                      {QStringLiteral("user"), caller->username}});
    if (!m_poll.isActive())
        m_poll.start();
}

void BranchLogListeners::drop(QWebSocket *socket)
{
    const auto found = std::find_if(m_listeners.begin(), m_listeners.end(),
                                    [socket](const auto &l) { return l->socket.get() == socket; });
    if (found == m_listeners.end())
        return;
    (*found)->socket.release()->deleteLater(); // it is emitting: not deleted here
    m_listeners.erase(found);
    if (listening() == 0)
        m_poll.stop();
}

qint64 BranchLogListeners::lastSeqOf(const BranchId &branch) const
{
    ServerStatement query(m_store->database().connection(),
                          QStringLiteral("SELECT next_seq - 1 FROM branch_change_counter WHERE branch_id = ?"));
    return query.run({branch.toString()}) && query.next() ? query.value(0).toLongLong() : 0;
}

void BranchLogListeners::poll()
{
    if (!m_store)
        return;
    ServerStatement query(m_store->database().connection(),
                          QStringLiteral("SELECT branch_id, next_seq - 1 FROM branch_change_counter"));
    if (!query.run())
        return;
    QList<QPair<BranchId, qint64>> grown;
    while (query.next()) {
        const BranchId branch(query.value(0).toString());
        const auto told = m_told.constFind(branch);
        if (told != m_told.constEnd() && query.value(1).toLongLong() > *told)
            grown.append({branch, query.value(1).toLongLong()});
    }
    query.finish();
    for (const auto &[branch, last] : grown)
        tell(branch, last);
}

void BranchLogListeners::ring(const BranchId &branch)
{
    if (m_store && m_told.contains(branch))
        tell(branch, lastSeqOf(branch));
}

void BranchLogListeners::tell(const BranchId &branch, qint64 lastSeq)
{
    if (lastSeq <= m_told.value(branch))
        return;
    m_told.insert(branch, lastSeq);
    const QString text = message({{QStringLiteral("type"), QStringLiteral("log")},
                                  {QStringLiteral("branch_id"), branch.toString()},
                                  {QStringLiteral("last_seq"), double(lastSeq)}});
    for (const auto &listener : m_listeners) {
        if (listener->branch == branch)
            listener->socket->sendTextMessage(text);
    }
    qCDebug(lcEvents) << "branch" << branch.toString() << "told of change" << lastSeq;
}

} // namespace bd
