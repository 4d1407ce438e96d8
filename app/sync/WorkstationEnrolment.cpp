#include "app/sync/WorkstationEnrolment.h"

#include "app/common/SyncLogging.h"
#include "app/sync/ServerSignIn.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

namespace bd {

namespace {
void removeDatabaseFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

WorkstationEnrolment::WorkstationEnrolment(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        m_outcome = m_watcher.result();
        emit finished(m_outcome.ok, m_outcome.error);
    });
}

WorkstationEnrolment::~WorkstationEnrolment()
{
    cancel();
    m_watcher.waitForFinished();
}

QString WorkstationEnrolment::check(const Request &request)
{
    if (!request.server.isValid()
        || (request.server.scheme() != QLatin1String("http")
            && request.server.scheme() != QLatin1String("https"))
        || request.server.host().isEmpty())
        return tr("Type the server's address, e.g. https://branchdesk.example:8470.");
    if (!request.caFile.isEmpty() && !QFileInfo(request.caFile).isReadable())
        return tr("The certificate authority file cannot be read.");
    if (request.username.trimmed().isEmpty())
        return tr("Type your user name.");
    if (request.password.isEmpty())
        return tr("Type your password.");
    return {};
}

bool WorkstationEnrolment::isBlank(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    if (QFileInfo(path).size() == 0)
        return true;
    Store store;
    if (!store.open(path))
        return false;
    QSqlQuery query(store.database());
    const bool blank = query.exec(QStringLiteral(
                               "SELECT NOT EXISTS (SELECT 1 FROM staff_user) "
                               "AND NOT EXISTS (SELECT 1 FROM customer) "
                               "AND NOT EXISTS (SELECT 1 FROM sync_outbox)"))
            && query.next() && query.value(0).toBool();
    query.finish();
    store.close();
    return blank;
}

WorkstationEnrolment::Outcome WorkstationEnrolment::download(
        const Request &request, const std::function<void(qint64, qint64)> &progress,
        const std::function<bool()> &cancelled)
{
    Outcome outcome;
    outcome.error = check(request);
    if (!outcome.error.isEmpty())
        return outcome;
    QDir().mkpath(QFileInfo(request.target).absolutePath());
    if (QFileInfo::exists(request.target)) {
        if (!isBlank(request.target)) {
            outcome.error = tr("%1 holds data already; a branch download "
                                                   "never replaces it.")
                                    .arg(request.target);
            return outcome;
        }
        removeDatabaseFiles(request.target);
    }

    // The account first: a wrong password is told at once, before any download.
    const ServerSignIn::Answer answer = ServerSignIn::signIn(request.server, request.caFile,
                                                             request.username.trimmed(),
                                                             request.password);
    if (answer.outcome != ServerSignIn::Outcome::Accepted) {
        outcome.error = answer.error;
        return outcome;
    }

    SnapshotDownload snapshot(request.server, request.username.trimmed(), request.password);
    snapshot.caFile = request.caFile;
    if (request.chunkBytes > 0)
        snapshot.chunkBytes = request.chunkBytes;
    snapshot.progress = progress;
    snapshot.cancelled = cancelled;
    const Result<SnapshotDownload::Outcome> installed = snapshot.install(request.target);
    if (!installed) {
        outcome.cancelled = cancelled && cancelled();
        outcome.error = installed.errorString();
        return outcome;
    }
    if (*installed == SnapshotDownload::Outcome::Installed) {
        outcome.ok = true;
        outcome.fromSnapshot = true;
        outcome.bytes = snapshot.bytes;
        return outcome;
    }

    // No snapshot: the branch's baseline page by page, into a file of its own that takes the
    // workstation's place only once complete (a later try goes on with it).
    const QString part = request.target + QStringLiteral(".pages");
    {
        Store store;
        if (const Result<> opened = store.open(part); !opened) {
            outcome.error = opened.errorString();
            return outcome;
        }
        SyncEngine engine(store, request.server, request.username.trimmed(), request.password);
        engine.caFile = request.caFile;
        engine.stopAfterBaselinePages = 10; // a point to cancel at, and progress, each 10 pages
        for (;;) {
            if (cancelled && cancelled()) {
                outcome.cancelled = true;
                outcome.error = tr("The branch download was cancelled; it "
                                                       "goes on from here at the next try.");
                return outcome;
            }
            const SyncEngine::Report report = engine.syncOnce();
            outcome.bytes += report.baselineRows;
            if (progress)
                progress(outcome.bytes, 0);
            if (report.ok)
                break;
            if (report.baselineRows == 0) {
                outcome.error = report.error;
                return outcome;
            }
        }
        store.close();
    }
    if (QFileInfo::exists(part + QStringLiteral("-wal")) || !QFile::rename(part, request.target)) {
        outcome.error = tr("%1 could not be put in place; the download is kept "
                                               "as %2.")
                                .arg(request.target, part);
        return outcome;
    }
    QFile::remove(part + QStringLiteral("-shm"));
    outcome.ok = true;
    return outcome;
}

WorkstationEnrolment::Opened WorkstationEnrolment::open(const Request &request)
{
    Opened opened;
    opened.store = std::make_unique<Store>();
    if (const Result<> stored = opened.store->open(request.target); !stored) {
        opened.error = stored.errorString();
        opened.store.reset();
        return opened;
    }
    WorkstationSignIn signIn(*opened.store, request.server, request.caFile);
    opened.signIn = signIn.signIn(request.username, request.password);
    return opened;
}

void WorkstationEnrolment::start(const Request &request)
{
    if (isRunning())
        return;
    m_cancel->store(false);
    m_outcome = {};
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    // Progress crosses to this object's thread as queued calls; the destructor waits for
    // the worker, and calls queued for a deleted object are dropped.
    WorkstationEnrolment *self = this;
    auto report = [self](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
                self, [self, done, total] { emit self->progress(done, total); },
                Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([request, report, cancelFlag] {
        return download(request, report, [cancelFlag] { return cancelFlag->load(); });
    }));
}

void WorkstationEnrolment::cancel()
{
    m_cancel->store(true);
}

} // namespace bd
