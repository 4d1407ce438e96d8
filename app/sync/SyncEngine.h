#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

namespace bd {

class Store;

// One sync round of a workstation: sign in, push the outbox, then pull the branch's changes after
// the local cursor and apply them with the cursor in one local transaction. Blocking: the
// GUI runs it in a worker thread (with that thread's Store connection), the admin CLI
// directly. Nothing in the outbox is dropped, whatever the server answers.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    struct Report
    {
        bool ok = false;
        QString error; // translated; empty when ok
        int pushed = 0;
        int duplicates = 0;
        int refused = 0;
        int pulled = 0;
        int conflicts = 0;
        bool fullDownload = false; // the server's epoch changed: pulled from the start
        qint64 baselineRows = 0; // rows of the branch's baseline loaded in this round
        int movedAway = 0; // customers now kept by another branch, removed here
        int auditSent = 0; // audit entries the server took in this round
        QString auditProblem; // translated; an entry the server refused (round still ok)
    };

    // Signs in to the server as `username` at the start of each round; the server says
    // which branch the account belongs to and only that branch is exchanged.
    SyncEngine(Store &store, QUrl server, QString username, QString password);
    ~SyncEngine();

    Report syncOnce();
    int pushBatchSize = 2000;
    int pullBatchSize = 1000;
    int timeoutMs = 30000;
    // Ends the round after this many baseline pages (0: no limit), as a dropped
    // connection would; the next round resumes after the last page applied.
    int stopAfterBaselinePages = 0;
    // For an https server whose certificate is signed by a private authority: its PEM file.
    QString caFile;

private:
    bool signIn(Report &report);
    bool push(Report &report);
    bool pushAudit(Report &report);
    bool baseline(Report &report);
    bool restoreIndexes(Report &report);
    bool pull(Report &report);
    bool dropMovedCustomers(Report &report);
    bool request(const QString &method, const QString &path, const QByteArray &body,
                 int *status, QByteArray *answer, QString *error);

    Store &m_store;
    QUrl m_server;
    QString m_username;
    QString m_password;
    QByteArray m_token;
    QString m_branchId;
    QNetworkAccessManager *m_network;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::SyncEngine::Report)
