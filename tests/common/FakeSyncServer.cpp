#include "FakeSyncServer.h"

#include "app/common/AuditCheckpoint.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QUrlQuery>
#include <QUuid>

#include <sodium.h>

namespace bd::test {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeSyncServer::Answer FakeSyncServer::errorAnswer(int status, const QString &sentence)
{
    return { status, json({ { QStringLiteral("error"), sentence } }) };
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
    QJsonObject answer{{QStringLiteral("results"), results}};
    if (!auditSecretKey.isEmpty() && !m_audit.isEmpty()) {
        AuditCheckpoint checkpoint;
        checkpoint.node = request.value(QStringLiteral("origin_node")).toString();
        checkpoint.branch = QStringLiteral("branch-fake");
        checkpoint.serverSeq = m_audit.size();
        checkpoint.seq = m_audit.constLast().value(QStringLiteral("seq")).toInteger();
        checkpoint.hash = m_audit.constLast().value(QStringLiteral("hash")).toString();
        checkpoint.signedAt = QStringLiteral("2026-12-06T08:00:00.000Z");
        checkpoint.keyId = AuditCheckpoint::keyIdOf(auditPublicKey);
        const QByteArray text = checkpoint.signedText();
        checkpoint.signature.resize(crypto_sign_BYTES);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(checkpoint.signature.data()),
                             nullptr, reinterpret_cast<const unsigned char *>(text.constData()),
                             quint64(text.size()),
                             reinterpret_cast<const unsigned char *>(auditSecretKey.constData()));
        answer.insert(QStringLiteral("checkpoint"), checkpoint.toJson());
        answer.insert(QStringLiteral("audit_key"),
                      QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("ed25519")},
                                  {QStringLiteral("key_id"), checkpoint.keyId},
                                  {QStringLiteral("public_key"),
                                   QString::fromLatin1(auditPublicKey.toBase64())}});
    }
    return { 200, json(answer) };
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
