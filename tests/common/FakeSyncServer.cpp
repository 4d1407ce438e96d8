#include "FakeSyncServer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace bd::test {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeSyncServer::Answer errorAnswer(int status, const QString &sentence)
{
    return { status, json({ { QStringLiteral("error"), sentence } }) };
}

// What QNetworkAccessManager reports for an HTTP error status.
QNetworkReply::NetworkError errorOfStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::InternalServerError
                             : QNetworkReply::UnknownContentError;
    }
}

// A reply that finishes from the event loop, as a real one does, never inside get()/post().
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    // The answer `status` with `body`; `error` (with `why`) after the body for a connection
    // that dropped. Status 0: no answer at all.
    void finishLater(int status, QByteArray body,
                     QNetworkReply::NetworkError error = QNetworkReply::NoError,
                     const QString &why = {})
    {
        QMetaObject::invokeMethod(
                this, [this, status, body, error, why] { finish(status, body, error, why); },
                Qt::QueuedConnection);
    }

    // No answer until the client's transfer timeout (or a guard, so a test never hangs).
    void timeOutAfter(int ms)
    {
        QTimer::singleShot(ms > 0 ? ms : 20000, this, [this] {
            finish(0, {}, QNetworkReply::OperationCanceledError,
                   QStringLiteral("Operation canceled"));
        });
    }

    void abort() override
    {
        finish(0, {}, QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_read);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }

private:
    void finish(int status, const QByteArray &body, QNetworkReply::NetworkError error, QString why)
    {
        if (isFinished())
            return;
        if (status != 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        if (status >= 400 && error == QNetworkReply::NoError) {
            error = errorOfStatus(status);
            why = QStringLiteral("Error transferring %1 - server replied: %2")
                          .arg(url().toString())
                          .arg(status);
        }
        m_body = body;
        if (error != QNetworkReply::NoError) {
            setError(error, why);
            emit errorOccurred(error);
        }
        if (!m_body.isEmpty())
            emit readyRead();
        setFinished(true);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace

class FakeSyncServer::Network : public QNetworkAccessManager
{
public:
    explicit Network(FakeSyncServer &server)
        : m_server(server)
    {
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        const QByteArray body = outgoing ? outgoing->readAll() : QByteArray();
        auto *reply = new FakeReply(operation, request, this);
        const QString path = request.url().path();
        ++m_server.m_requests[path];
        m_server.m_lastTransferTimeout = request.transferTimeout();
        std::optional<Fault> fault;
        auto injected = m_server.m_faults.find(path);
        if (injected != m_server.m_faults.end()) {
            fault = injected->fault;
            if (--injected->times == 0)
                m_server.m_faults.erase(injected);
        }
        const QString closed = QStringLiteral("Connection closed");
        if (fault == Fault::Http500 || fault == Fault::Http503) {
            const int status = fault == Fault::Http500 ? 500 : 503;
            reply->finishLater(status,
                               errorAnswer(status, QStringLiteral("The server failed.")).body);
            return reply;
        }
        if (fault == Fault::Dropped) {
            reply->finishLater(0, {}, QNetworkReply::RemoteHostClosedError, closed);
            return reply;
        }
        if (fault == Fault::TimedOut) {
            reply->timeOutAfter(request.transferTimeout());
            return reply;
        }
        const Answer answer
                = m_server.handle(operation == GetOperation ? "GET" : "POST", request.url(), body,
                                  request.rawHeader("Authorization"));
        if (fault == Fault::Lost)
            reply->finishLater(0, {}, QNetworkReply::RemoteHostClosedError, closed);
        else if (fault == Fault::CutShort)
            reply->finishLater(answer.status, answer.body.left(answer.body.size() / 2),
                               QNetworkReply::RemoteHostClosedError, closed);
        else
            reply->finishLater(answer.status, answer.body);
        return reply;
    }

private:
    FakeSyncServer &m_server;
};

FakeSyncServer::FakeSyncServer(QString branchId)
    : m_branchId(std::move(branchId))
    , m_network(std::make_unique<Network>(*this))
{
    branches = QJsonArray { QJsonObject {
            { QStringLiteral("id"), m_branchId },
            { QStringLiteral("code"), QStringLiteral("310101") },
            { QStringLiteral("name"), QStringLiteral("Fake branch") } } };
}

FakeSyncServer::~FakeSyncServer() = default;

QNetworkAccessManager *FakeSyncServer::network() const
{
    return m_network.get();
}

void FakeSyncServer::addAccount(const QString &username, const QString &password,
                                const QString &role)
{
    m_accounts.insert(username, { password, role });
}

void FakeSyncServer::fail(const QString &path, Fault fault, int times)
{
    m_faults.insert(path, { fault, times });
}

int FakeSyncServer::requests(const QString &path) const
{
    return m_requests.value(path);
}

qint64 FakeSyncServer::append(QJsonObject change)
{
    const qint64 seq = m_log.size() + 1;
    change.insert(QStringLiteral("seq"), double(seq));
    m_seqOfChange.insert(change.value(QStringLiteral("change_id")).toString(), seq);
    m_log << change;
    return seq;
}

void FakeSyncServer::setBaseline(const QString &baselineId, qint64 asOf,
                                 const QList<QByteArray> &pages)
{
    m_baselineId = baselineId;
    m_baselineAsOf = asOf;
    m_pages = pages;
}

void FakeSyncServer::setSnapshot(const QByteArray &file, const QString &baselineId, qint64 asOf)
{
    m_snapshot = file;
    m_snapshotBaselineId = baselineId;
    m_snapshotAsOf = asOf;
}

FakeSyncServer::Answer FakeSyncServer::handle(const QByteArray &method, const QUrl &url,
                                              const QByteArray &body,
                                              const QByteArray &authorization)
{
    const QString path = url.path();
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    if (path == QLatin1String("/v1/sign-in") && method == "POST")
        return signIn(request);
    if (!authorization.startsWith("Bearer ") || !m_tokens.contains(authorization.mid(7)))
        return errorAnswer(401, QStringLiteral("Sign in first."));
    if (path == QLatin1String("/v1/push") && method == "POST")
        return push(request);
    if (path == QLatin1String("/v1/audit") && method == "POST")
        return audit(request);
    if (path == QLatin1String("/v1/changes"))
        return changes(url);
    if (path == QLatin1String("/v1/baseline"))
        return baselineInfo();
    if (path == QLatin1String("/v1/baseline-page"))
        return baselinePage(url);
    if (path == QLatin1String("/v1/snapshot"))
        return snapshotInfo();
    if (path == QLatin1String("/v1/snapshot-chunk"))
        return snapshotChunk(url);
    return errorAnswer(404, QStringLiteral("No such endpoint."));
}

FakeSyncServer::Answer FakeSyncServer::signIn(const QJsonObject &request)
{
    const auto account = m_accounts.constFind(request.value(QStringLiteral("username")).toString());
    if (account == m_accounts.cend()
        || account->password != request.value(QStringLiteral("password")).toString())
        return errorAnswer(401, QStringLiteral("The user name or password is wrong."));
    const QByteArray token = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_tokens.insert(token);
    const QString expires = QDateTime::currentDateTimeUtc().addSecs(8 * 3600).toString(Qt::ISODate);
    return { 200,
             json({ { QStringLiteral("token"), QString::fromLatin1(token) },
                    { QStringLiteral("expires_at"), expires },
                    { QStringLiteral("branch_id"), m_branchId },
                    { QStringLiteral("role"), account->role } }) };
}

FakeSyncServer::Answer FakeSyncServer::push(const QJsonObject &request)
{
    QJsonArray results;
    for (const QJsonValue &value : request.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject change = value.toObject();
        const QString changeId = change.value(QStringLiteral("change_id")).toString();
        QJsonObject result { { QStringLiteral("change_id"), changeId } };
        const QString refused = refusal ? refusal(change) : QString();
        if (m_seqOfChange.contains(changeId)) {
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
            result.insert(QStringLiteral("seq"), double(m_seqOfChange.value(changeId)));
        } else if (!refused.isEmpty()) {
            result.insert(QStringLiteral("status"), QStringLiteral("refused"));
            result.insert(QStringLiteral("reason"), refused);
        } else {
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
            result.insert(QStringLiteral("seq"), double(append(change)));
        }
        results << result;
    }
    return {
        200, json({ { QStringLiteral("epoch"), m_epoch }, { QStringLiteral("results"), results } })
    };
}

FakeSyncServer::Answer FakeSyncServer::audit(const QJsonObject &request)
{
    QJsonArray results;
    bool chainBroken = false; // everything after a refused entry is refused too
    for (const QJsonValue &value : request.value(QStringLiteral("entries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const qint64 seq = entry.value(QStringLiteral("seq")).toInteger();
        QJsonObject result { { QStringLiteral("seq"), double(seq) } };
        const bool known
                = std::any_of(m_audit.cbegin(), m_audit.cend(), [seq](const QJsonObject &e) {
                      return e.value(QStringLiteral("seq")).toInteger() == seq;
                  });
        if (chainBroken || refusedAuditSeqs.contains(seq)) {
            chainBroken = true;
            result.insert(QStringLiteral("status"), QStringLiteral("refused"));
            result.insert(QStringLiteral("reason"), QStringLiteral("does not match its hash"));
        } else if (known) {
            result.insert(QStringLiteral("status"), QStringLiteral("duplicate"));
        } else {
            m_audit << entry;
            result.insert(QStringLiteral("status"), QStringLiteral("applied"));
        }
        results << result;
    }
    return { 200, json({ { QStringLiteral("results"), results } }) };
}

FakeSyncServer::Answer FakeSyncServer::changes(const QUrl &url) const
{
    const QUrlQuery query(url);
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong();
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    if (query.queryItemValue(QStringLiteral("branch")) != m_branchId)
        return errorAnswer(403, QStringLiteral("Not your branch."));
    if (after < 0 || limit < 1)
        return errorAnswer(400, QStringLiteral("after must be a cursor and limit 1 or more."));
    QJsonArray found;
    qint64 last = after;
    for (const QJsonObject &change : m_log) {
        const qint64 seq = change.value(QStringLiteral("seq")).toInteger();
        if (seq <= after || found.size() == limit)
            continue;
        found << change;
        last = seq;
    }
    return { 200,
             json({ { QStringLiteral("epoch"), m_epoch },
                    { QStringLiteral("branches"), branches },
                    { QStringLiteral("changes"), found },
                    { QStringLiteral("last_seq"), double(last) },
                    { QStringLiteral("more"), found.size() == limit } }) };
}

FakeSyncServer::Answer FakeSyncServer::baselineInfo() const
{
    return { 200,
             json({ { QStringLiteral("epoch"), m_epoch },
                    { QStringLiteral("baseline_id"), m_baselineId },
                    { QStringLiteral("as_of"), double(m_baselineAsOf) },
                    { QStringLiteral("pages"), int(m_pages.size()) },
                    { QStringLiteral("rows"), 0 } }) };
}

FakeSyncServer::Answer FakeSyncServer::baselinePage(const QUrl &url) const
{
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("id")) != m_baselineId)
        return errorAnswer(409, QStringLiteral("The baseline was made again; start afresh."));
    const int page = query.queryItemValue(QStringLiteral("page")).toInt();
    if (page < 1 || page > m_pages.size())
        return errorAnswer(404, QStringLiteral("No such page."));
    return { 200, m_pages.at(page - 1) };
}

FakeSyncServer::Answer FakeSyncServer::snapshotInfo() const
{
    if (m_snapshot.isEmpty())
        return errorAnswer(404, QStringLiteral("The branch has no snapshot."));
    const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(m_snapshot, QCryptographicHash::Sha256).toHex());
    return { 200,
             json({ { QStringLiteral("baseline_id"), m_snapshotBaselineId },
                    { QStringLiteral("as_of"), double(m_snapshotAsOf) },
                    { QStringLiteral("size"), double(m_snapshot.size()) },
                    { QStringLiteral("sha256"), sha256 },
                    { QStringLiteral("schema"), 1 },
                    { QStringLiteral("epoch"), m_epoch } }) };
}

FakeSyncServer::Answer FakeSyncServer::snapshotChunk(const QUrl &url) const
{
    const QUrlQuery query(url);
    if (query.queryItemValue(QStringLiteral("id")) != m_snapshotBaselineId)
        return errorAnswer(409, QStringLiteral("The snapshot was made again; start afresh."));
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong();
    const qint64 length = query.queryItemValue(QStringLiteral("length")).toLongLong();
    if (offset < 0 || offset >= m_snapshot.size() || length < 1)
        return errorAnswer(416, QStringLiteral("Outside the file."));
    return { 200, m_snapshot.mid(offset, length) };
}

} // namespace bd::test
