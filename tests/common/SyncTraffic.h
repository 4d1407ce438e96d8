#pragma once

// Simulated workstations for the topology tests and the load generator: real HTTP, real
// sync messages (docs/SYNC_PROTOCOL.md), without a workstation file. Each one signs in,
// pushes changes of its own (interactions, new UUIDv7 change ids) and pulls its branch's
// log after its cursor, as SyncEngine does (naming the branch list it has, so that the
// list comes only when it changed). Like a workstation it sends a request again
// when there was no answer or the server said 502/503/504 (a process gone, a database
// failing over), waiting Retry-After; everything it sends is idempotent.
#include "app/common/SyncProtocol.h"
#include "app/domain/Uuid7.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

namespace bd::test {

class SimulatedWorkstation
{
public:
    struct Answer
    {
        int status = 0; // 0: no answer
        QJsonObject body;
        int tries = 0;
        double ms = 0; // the last try's round trip, in milliseconds
        QByteArray retryAfter; // the last answer's Retry-After header, if any
    };
    struct Pushed
    {
        bool ok = false;
        QList<qint64> seqs; // one per change, in order (applied or duplicate)
        int applied = 0;
        int duplicates = 0;
        int tries = 0;
        double ms = 0;
        int status = 0; // the last answer's (0: none)
        QByteArray retryAfter; // the last answer's Retry-After header, if any
    };
    struct Pulled
    {
        bool ok = false;
        QList<QJsonObject> changes;
        bool more = false;
        int tries = 0;
        double ms = 0;
        int status = 0; // the last answer's (0: none)
    };

    SimulatedWorkstation(QUrl server, QString branchId, QString node)
        : m_server(std::move(server))
        , m_branchId(std::move(branchId))
        , m_node(std::move(node))
        , m_network(std::make_unique<QNetworkAccessManager>())
    {
    }

    QString branchId() const { return m_branchId; }
    QString node() const { return m_node; }
    qint64 cursor() const { return m_cursor; }
    void setCursor(qint64 cursor) { m_cursor = cursor; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    // How long a request keeps being sent again before it counts as failed.
    int retryForMs = 60000;
    int timeoutMs = 30000;

    bool signIn(const QString &username, const QString &password)
    {
        const Answer answer = send("POST", QStringLiteral("/v1/sign-in"),
                                   QJsonObject { { QStringLiteral("username"), username },
                                                 { QStringLiteral("password"), password },
                                                 { QStringLiteral("protocol"),
                                                   SyncProtocol::kVersion } });
        m_token = answer.body.value(QStringLiteral("token")).toString().toLatin1();
        return answer.status == 200 && !m_token.isEmpty();
    }

    // A new change of this workstation: an interaction note, numbered for the tests.
    QJsonObject newChange(int number)
    {
        const QString hlc = QStringLiteral("%1-%2-%3")
                                    .arg(QDateTime::currentMSecsSinceEpoch(), 16, 10, QLatin1Char('0'))
                                    .arg(number % 100000, 5, 10, QLatin1Char('0'))
                                    .arg(m_node);
        return QJsonObject {
            { QStringLiteral("change_id"), m_ids.next() },
            { QStringLiteral("table"), QStringLiteral("interaction") },
            { QStringLiteral("row_id"), m_ids.next() },
            { QStringLiteral("op"), QStringLiteral("upsert") },
            { QStringLiteral("fields"),
              QJsonObject { { QStringLiteral("note"), QStringLiteral("%1 #%2").arg(m_node).arg(number) },
                            { QStringLiteral("channel"), QStringLiteral("phone") } } },
            { QStringLiteral("base_version"), 0 },
            { QStringLiteral("hlc"), hlc },
            { QStringLiteral("origin_node"), m_node },
            { QStringLiteral("schema_version"), 1 },
        };
    }

    Pushed push(const QList<QJsonObject> &changes)
    {
        QJsonArray array;
        for (const QJsonObject &change : changes)
            array << change;
        const Answer answer = send("POST", QStringLiteral("/v1/push"),
                                   QJsonObject { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                                 { QStringLiteral("branch_id"), m_branchId },
                                                 { QStringLiteral("changes"), array } });
        Pushed pushed;
        pushed.tries = answer.tries;
        pushed.ms = answer.ms;
        pushed.status = answer.status;
        pushed.retryAfter = answer.retryAfter;
        if (answer.status != 200)
            return pushed;
        const QJsonArray results = answer.body.value(QStringLiteral("results")).toArray();
        pushed.ok = results.size() == changes.size();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            pushed.ok = pushed.ok && status != QLatin1String("refused");
            pushed.applied += status == QLatin1String("applied");
            pushed.duplicates += status == QLatin1String("duplicate");
            pushed.seqs << result.value(QStringLiteral("seq")).toInteger();
        }
        return pushed;
    }

    // One page of the branch's log after the cursor; the cursor moves past it.
    Pulled pull(int limit = 1000)
    {
        // Like ChangePull: the branch list only when it is not the one seen last.
        QString path = QStringLiteral("/v1/changes?branch=%1&after=%2&limit=%3")
                               .arg(m_branchId)
                               .arg(m_cursor)
                               .arg(limit);
        if (!m_branchesVersion.isEmpty())
            path += QStringLiteral("&branches=") + m_branchesVersion;
        const Answer answer = send("GET", path, {});
        Pulled pulled;
        pulled.tries = answer.tries;
        pulled.ms = answer.ms;
        pulled.status = answer.status;
        if (answer.status != 200)
            return pulled;
        for (const QJsonValue &value : answer.body.value(QStringLiteral("changes")).toArray())
            pulled.changes << value.toObject();
        pulled.more = answer.body.value(QStringLiteral("more")).toBool();
        m_cursor = answer.body.value(QStringLiteral("last_seq")).toInteger(m_cursor);
        if (answer.body.contains(QStringLiteral("branches")))
            m_branchesVersion = answer.body.value(QStringLiteral("branches_version")).toString();
        pulled.ok = true;
        return pulled;
    }

    // Every change of the log after the cursor, page by page.
    std::optional<QList<QJsonObject>> pullAll(int limit = 1000)
    {
        QList<QJsonObject> all;
        for (;;) {
            const Pulled page = pull(limit);
            if (!page.ok)
                return std::nullopt;
            all += page.changes;
            if (!page.more)
                return all;
        }
    }

    Answer send(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        QElapsedTimer total;
        total.start();
        Answer answer;
        for (;;) {
            ++answer.tries;
            int retryAfterMs = 200;
            QElapsedTimer once;
            once.start();
            const int status = sendOnce(method, path, body, &answer.body, &retryAfterMs,
                                        &answer.retryAfter);
            answer.ms = double(once.nsecsElapsed()) / 1e6;
            answer.status = status;
            const bool transient = status == 0 || status == 502 || status == 503 || status == 504;
            if (!transient || total.elapsed() + retryAfterMs > retryForMs)
                return answer;
            QThread::msleep(ulong(retryAfterMs));
        }
    }

private:
    int sendOnce(const QByteArray &method, const QString &path, const QJsonObject &body,
                 QJsonObject *answer, int *retryAfterMs, QByteArray *retryAfterHeader)
    {
        QNetworkRequest request(m_server.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        QNetworkReply *reply = method == "POST"
                ? m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact))
                : m_network->get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        *retryAfterHeader = retryAfter;
        if (!retryAfter.isEmpty())
            *retryAfterMs = qBound(50, retryAfter.toInt() * 1000, 5000);
        *answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return reply->error() != QNetworkReply::NoError && status == 0 ? 0 : status;
    }

    QUrl m_server;
    QString m_branchId;
    QString m_node;
    QByteArray m_token;
    qint64 m_cursor = 0;
    QString m_branchesVersion;
    Uuid7Generator m_ids;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace bd::test
