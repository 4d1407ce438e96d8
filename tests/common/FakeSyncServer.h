#pragma once

// A sync server inside the test's own process, for testing the workstation's sync client
// without a server process or a socket (as Nextcloud desktop's syncenginetestutils.h
// does): network() is a QNetworkAccessManager whose createRequest() answers from this
// object, which keeps the branch's change log, the audit entries it took, a baseline and a
// snapshot the way docs/SYNC_PROTOCOL.md describes. Any path can be made to fail the next
// times it is asked: an HTTP 500 or 503, a connection dropped before the server saw the
// request, an answer lost after the server did the work, a request that never gets an
// answer (until the client's transfer timeout), an answer cut short in the middle.
#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace bd::test {

class FakeSyncServer
{
public:
    enum class Fault {
        Http500, // the server failed: 500 with an error sentence
        Http503, // the server is busy: 503 (with Retry-After when retryAfterSeconds is set)
        Dropped, // the connection dropped before the server saw the request
        Lost, // the server did the work, its answer never arrived
        TimedOut, // no answer at all: the client's transfer timeout ends the wait
        CutShort, // status 200 and the first half of the answer, then the connection drops
    };

    explicit FakeSyncServer(QString branchId = QStringLiteral("branch-fake"));
    ~FakeSyncServer();

    QUrl url() const { return QUrl(QStringLiteral("http://sync.fake.test")); }
    // For the client: SyncEngine(..., server.network()). Owned by the server.
    QNetworkAccessManager *network() const;

    void addAccount(const QString &username, const QString &password,
                    const QString &role = QStringLiteral("wealth_manager"));
    // The next `times` requests for `path` (without its query) fail with `fault`.
    void fail(const QString &path, Fault fault, int times = 1);
    // Sent as Retry-After with each injected 503 (-1: none).
    int retryAfterSeconds = -1;
    // How many requests for `path` arrived (failed ones included).
    int requests(const QString &path) const;
    // The transfer timeout of the last request (ms; 0: none).
    int lastTransferTimeout() const { return m_lastTransferTimeout; }

    // The branch's change log as the server keeps it, each change with its "seq".
    const QList<QJsonObject> &log() const { return m_log; }
    // A change made elsewhere (another workstation) joins the log; its seq.
    qint64 append(QJsonObject change);
    // Pushed changes this answers "refused" with the reason it gives (empty: taken).
    std::function<QString(const QJsonObject &change)> refusal;
    // The audit entries taken, in order; an entry whose seq is in this set is refused.
    const QList<QJsonObject> &auditEntries() const { return m_audit; }
    QSet<qint64> refusedAuditSeqs;
    // When set (an Ed25519 key pair, libsodium sizes), each audit answer carries a signed
    // checkpoint of the last entry stored and the public key, as the real server does
    // (docs/SECURITY.md §8.2).
    QByteArray auditSecretKey;
    QByteArray auditPublicKey;

    // Restored from a backup or re-created: a new epoch, and its log starts again from
    // what it had (the log stays as it is unless the test changes it).
    void restore(const QString &epoch) { m_epoch = epoch; }
    QString epoch() const { return m_epoch; }
    // Sent with every pull.
    QJsonArray branches;

    // A baseline of pages (CBOR, as BaselinePage::Reader makes them), exact as of `asOf`.
    void setBaseline(const QString &baselineId, qint64 asOf, const QList<QByteArray> &pages);
    // A snapshot file of the branch; without one, /v1/snapshot answers 404.
    void setSnapshot(const QByteArray &file, const QString &baselineId, qint64 asOf);

    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    // An error answer as the server gives one: {"error": sentence}.
    static Answer errorAnswer(int status, const QString &sentence);

private:
    class Network;
    friend class Network;

    Answer handle(const QByteArray &method, const QUrl &url, const QByteArray &body,
                  const QByteArray &authorization);
    Answer signIn(const QJsonObject &request);
    Answer push(const QJsonObject &request);
    Answer audit(const QJsonObject &request);
    Answer changes(const QUrl &url) const;
    Answer baselineInfo() const;
    Answer baselinePage(const QUrl &url) const;
    Answer snapshotInfo() const;
    Answer snapshotChunk(const QUrl &url) const;

    struct Account
    {
        QString password;
        QString role;
    };
    struct Injected
    {
        Fault fault;
        int times;
    };

    QString m_branchId;
    QString m_epoch = QStringLiteral("epoch-1");
    QHash<QString, Account> m_accounts;
    QSet<QByteArray> m_tokens;
    QHash<QString, Injected> m_faults;
    QHash<QString, int> m_requests;
    int m_lastTransferTimeout = 0;
    QList<QJsonObject> m_log;
    QHash<QString, qint64> m_seqOfChange;
    QList<QJsonObject> m_audit;
    QString m_baselineId;
    qint64 m_baselineAsOf = 0;
    QList<QByteArray> m_pages;
    QByteArray m_snapshot;
    QString m_snapshotBaselineId;
    qint64 m_snapshotAsOf = 0;
    std::unique_ptr<Network> m_network;
};

} // namespace bd::test
