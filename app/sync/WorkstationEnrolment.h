#pragma once

#include "app/sync/WorkstationSignIn.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace bd {

class Store;

// The first run of an empty workstation joining a server (README, "A new workstation";
// docs/SYNC_PROTOCOL.md, "Snapshot"): checks the account online, downloads the branch's
// snapshot (or, when the server has none, the branch page by page into a file of its own)
// on a worker thread with progress and cancel, and only then puts the database where the
// workstation opens it. An interrupted or cancelled download goes on from where it stopped
// at the next try; a partial file is never opened as the workstation's database. Then
// open() signs the user in on it (WorkstationSignIn: the offline verifier is kept).
// No widgets: the first-run dialog only shows what this reports.
class WorkstationEnrolment : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl server;
        QString caFile;
        QString username;
        QString password;
        QString target; // the workstation's database file
        qint64 chunkBytes = 0; // of the snapshot per request; 0: SnapshotDownload's own
    };
    struct Outcome
    {
        bool ok = false;
        bool cancelled = false;
        bool fromSnapshot = false;
        qint64 bytes = 0; // of the snapshot, or rows of the pages
        QString error; // translated
    };
    struct Opened
    {
        std::unique_ptr<Store> store;
        WorkstationSignIn::Result signIn;
        QString error; // translated; the store could not be opened
    };

    explicit WorkstationEnrolment(QObject *parent = nullptr);
    ~WorkstationEnrolment() override;

    // What a request lacks, translated; empty if it can be tried.
    static QString check(const Request &request);
    // The worker's part, blocking: usable without a window (and without Qt's event loop).
    static Outcome download(const Request &request,
                            const std::function<void(qint64 done, qint64 total)> &progress,
                            const std::function<bool()> &cancelled);
    // In the caller's thread, after download(): opens the database and signs the user in.
    static Opened open(const Request &request);
    // A database file with nothing in it (no staff, no customers, nothing to send): what a
    // start without a server leaves, safe to replace.
    static bool isBlank(const QString &path);

    void start(const Request &request);
    void cancel(); // the worker stops before its next piece; the part downloaded stays
    bool isRunning() const { return m_watcher.isRunning(); }
    Outcome outcome() const { return m_outcome; }

signals:
    void progress(qint64 done, qint64 total); // total 0: not known (page by page)
    void finished(bool ok, const QString &error);

private:
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Outcome m_outcome;
};

} // namespace bd
