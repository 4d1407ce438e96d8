#include "SyncEngine.h"

#include "HybridLogicalClock.h"
#include "RemoteChangeApplier.h"
#include "SensitiveColumns.h"
#include "SqlTime.h"
#include "Store.h"
#include "SyncChange.h"
#include "SyncLogging.h"
#include "SyncProtocol.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace bd {

namespace {
QString state(Store &store, const QString &key)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

bool setState(Store &store, const QString &key, const QString &value)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("INSERT INTO sync_state(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}
} // namespace

SyncEngine::SyncEngine(Store &store, QUrl server, QString username, QString password)
    : m_store(store)
    , m_server(std::move(server))
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_network(new QNetworkAccessManager)
{
}

SyncEngine::~SyncEngine()
{
    delete m_network;
}

bool SyncEngine::request(const QString &method, const QString &path, const QByteArray &body,
                         int *status, QByteArray *answer, QString *error)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, SyncProtocol::userAgent());
    request.setTransferTimeout(timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = method == QLatin1String("GET") ? m_network->get(request)
                                                          : m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *answer = reply->readAll();
    const bool reached = *status != 0;
    if (!reached)
        *error = tr("The sync server cannot be reached (%1). Your changes are kept and sent "
                    "at the next sync.")
                         .arg(reply->errorString());
    reply->deleteLater();
    return reached;
}

SyncEngine::Report SyncEngine::syncOnce()
{
    Report report;
    report.ok = signIn(report) && push(report) && pull(report);
    // After a restored server's full download, everything in the outbox goes again.
    if (report.ok && report.fullDownload)
        report.ok = push(report);
    if (report.ok)
        setState(m_store, QStringLiteral("last_sync_at"), SqlTime::now());
    qCInfo(lcSync) << "sync round:" << (report.ok ? "ok" : qPrintable(report.error)) << "pushed"
                   << report.pushed << "pulled" << report.pulled << "conflicts" << report.conflicts;
    return report;
}

bool SyncEngine::signIn(Report &report)
{
    int status = 0;
    QByteArray answer;
    m_token.clear();
    const QJsonObject body{{QStringLiteral("username"), m_username},
                           {QStringLiteral("password"), m_password},
                           {QStringLiteral("protocol"), SyncProtocol::kVersion}};
    if (!request(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                 QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer,
                 &report.error))
        return false;
    const QJsonObject reply = QJsonDocument::fromJson(answer).object();
    if (status != 200) {
        report.error = tr("The sync server refused the sign-in (%1): %2")
                               .arg(status)
                               .arg(reply.value(QStringLiteral("error")).toString());
        return false;
    }
    m_token = reply.value(QStringLiteral("token")).toString().toLatin1();
    m_branchId = reply.value(QStringLiteral("branch_id")).toString();
    return !m_token.isEmpty();
}

bool SyncEngine::push(Report &report)
{
    for (;;) {
        QSqlQuery pending(m_store.database());
        pending.prepare(QStringLiteral(
                "SELECT change_id, table_name, row_id, op, fields_json, base_version, hlc, "
                "schema_version FROM sync_outbox WHERE pushed_at IS NULL AND refused_reason IS "
                "NULL ORDER BY seq LIMIT ?"));
        pending.addBindValue(pushBatchSize);
        if (!pending.exec()) {
            report.error = pending.lastError().text();
            return false;
        }
        QJsonArray changes;
        while (pending.next()) {
            SyncChange change;
            change.changeId = pending.value(0).toString();
            change.table = pending.value(1).toString();
            change.rowId = pending.value(2).toString();
            change.op = pending.value(3).toString();
            // Encryption at rest (crypt): the outbox holds personal data sealed; it is
            // sent open (the channel's protection is TLS).
            change.fields = SensitiveColumns::openFields(
                    m_store, change.table, QJsonDocument::fromJson(pending.value(4).toByteArray()).object());
            change.baseVersion = pending.value(5).toInt();
            change.hlc = pending.value(6).toString();
            change.originNode = m_store.nodeId();
            change.schemaVersion = pending.value(7).toInt();
            changes << change.toJson();
        }
        if (changes.isEmpty())
            return true;

        const QJsonObject body{{QStringLiteral("protocol"), SyncProtocol::kVersion},
                               {QStringLiteral("branch_id"), m_branchId},
                               {QStringLiteral("changes"), changes}};
        int status = 0;
        QByteArray answer;
        if (!request(QStringLiteral("POST"), QStringLiteral("/v1/push"),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), &status, &answer,
                     &report.error))
            return false;
        const QJsonObject reply = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            report.error = tr("The sync server refused the changes (%1): %2")
                                   .arg(status)
                                   .arg(reply.value(QStringLiteral("error")).toString());
            return false;
        }
        // Mark what the server holds now; a crash before this commit only means the same
        // changes are sent again and answered "duplicate".
        Transaction transaction(m_store.database());
        QSqlQuery mark(m_store.database());
        mark.prepare(QStringLiteral("UPDATE sync_outbox SET pushed_at = ?, refused_reason = ? "
                                    "WHERE change_id = ?"));
        const QJsonArray results = reply.value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString outcome = result.value(QStringLiteral("status")).toString();
            const bool refused = outcome == QLatin1String("refused");
            mark.bindValue(0, refused ? QVariant(QMetaType::fromType<QString>()) : SqlTime::now());
            mark.bindValue(1, refused ? result.value(QStringLiteral("reason")).toString()
                                      : QVariant(QMetaType::fromType<QString>()));
            mark.bindValue(2, result.value(QStringLiteral("change_id")).toString());
            if (!mark.exec()) {
                report.error = mark.lastError().text();
                return false;
            }
            if (refused)
                ++report.refused;
            else if (outcome == QLatin1String("duplicate"))
                ++report.duplicates;
            else
                ++report.pushed;
        }
        if (!transaction.commit()) {
            report.error = transaction.errorString();
            return false;
        }
        if (results.size() != changes.size()) {
            report.error = tr("The sync server answered for %1 of %2 changes.")
                                   .arg(results.size())
                                   .arg(changes.size());
            return false;
        }
    }
}

bool SyncEngine::pull(Report &report)
{
    for (;;) {
        const qint64 cursor = state(m_store, QStringLiteral("cursor")).toLongLong();
        int status = 0;
        QByteArray answer;
        const QString path = QStringLiteral("/v1/changes?branch=%1&after=%2&limit=%3")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_branchId)))
                                     .arg(cursor)
                                     .arg(pullBatchSize);
        if (!request(QStringLiteral("GET"), path, {}, &status, &answer, &report.error))
            return false;
        const QJsonObject reply = QJsonDocument::fromJson(answer).object();
        if (status != 200) {
            report.error = tr("The sync server refused the download (%1): %2")
                                   .arg(status)
                                   .arg(reply.value(QStringLiteral("error")).toString());
            return false;
        }
        const QString epoch = reply.value(QStringLiteral("epoch")).toString();
        const QString knownEpoch = state(m_store, QStringLiteral("epoch"));
        if (!knownEpoch.isEmpty() && epoch != knownEpoch && cursor > 0) {
            // The server was restored or re-created: download everything again. The
            // outbox stays; its changes are pushed again at the next round.
            Transaction transaction(m_store.database());
            setState(m_store, QStringLiteral("cursor"), QStringLiteral("0"));
            setState(m_store, QStringLiteral("epoch"), epoch);
            QSqlQuery resend(m_store.database());
            resend.exec(QStringLiteral("UPDATE sync_outbox SET pushed_at = NULL "
                                       "WHERE refused_reason IS NULL"));
            transaction.commit();
            report.fullDownload = true;
            continue;
        }

        Transaction transaction(m_store.database());
        RemoteChangeApplier applier(m_store);
        const QJsonArray changes = reply.value(QStringLiteral("changes")).toArray();
        for (const QJsonValue &value : changes) {
            QString problem;
            SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
            if (!problem.isEmpty()) {
                report.error = tr("The sync server sent a malformed change: %1").arg(problem);
                return false;
            }
            if (change.originNode == m_store.nodeId())
                continue; // our own change, already here
            m_store.observeStamp(HlcStamp::fromString(change.hlc));
            if (applier.apply(change) == RemoteChangeApplier::Result::Failed) {
                report.error = tr("A pulled change could not be applied: %1")
                                       .arg(applier.errorString());
                return false;
            }
            ++report.pulled;
        }
        report.conflicts += applier.conflictsRecorded();
        const qint64 last = reply.value(QStringLiteral("last_seq")).toInteger(cursor);
        if (!setState(m_store, QStringLiteral("cursor"), QString::number(last))
            || !setState(m_store, QStringLiteral("epoch"), epoch) || !transaction.commit()) {
            report.error = transaction.errorString();
            return false;
        }
        if (!reply.value(QStringLiteral("more")).toBool())
            return true;
    }
}

} // namespace bd
