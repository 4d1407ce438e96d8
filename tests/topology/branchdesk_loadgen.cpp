// branchdesk-loadgen: many simulated workstations of many branches pushing and pulling
// through a topology of packaging/topology.sh for a fixed time (docs/BENCHMARKS.md,
// "Several servers"). Real HTTP and real sync messages (tests/common/SyncTraffic.h); the
// branches, accounts and tokens are written straight into the database first, so the timed
// part is only pushes and pulls (a sign-in costs an Argon2 hash on purpose).
//
//   branchdesk-loadgen --topology DIR [--branches 40] [--workstations 4] [--threads 16]
//                      [--seconds 30] [--batch 5] [--url URL] [--label TEXT]
//
// Each thread works for a few workstations in turn: push a batch of new changes, then pull
// its branch's log after its cursor. Prints one JSON line and a table row.
#include "../common/SyncTraffic.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

using namespace bd::test;

namespace {
struct Samples
{
    QList<double> pushMs;
    QList<double> pullMs;
    qint64 pushedChanges = 0;
    qint64 pulledChanges = 0;
    qint64 errors = 0;
    qint64 retries = 0;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

QHash<QString, QString> readEnvironment(const QString &dir)
{
    QHash<QString, QString> env;
    QFile file(dir + QStringLiteral("/topology.env"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int at = line.indexOf('=');
            if (at > 0)
                env.insert(QString::fromUtf8(line.left(at)), QString::fromUtf8(line.mid(at + 1)));
        }
    }
    return env;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly)
            ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
            : QString();
}

// A bearer token is 64 characters (ServerAccounts).
QByteArray tokenFor(const QString &branch)
{
    return QCryptographicHash::hash("loadgen-" + branch.toLatin1(), QCryptographicHash::Sha256)
            .toHex();
}

// Branches LG0001.., one account each with a token valid for a day: plain SQL on the
// primary, as the server's own set-up would leave them.
bool prepare(const QHash<QString, QString> &env, int branches, QString *problem,
             QHash<QString, qint64> *heads)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("setup"));
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(env.value(QStringLiteral("PRIMARY_PORT")).toInt());
    db.setDatabaseName(QStringLiteral("branchdesk"));
    db.setUserName(QStringLiteral("branchdesk"));
    // topology.sh's clusters take the password over SCRAM only: libpq's password file.
    if (env.contains(QStringLiteral("PGPASSFILE")))
        db.setConnectOptions(QStringLiteral("passfile=") + env.value(QStringLiteral("PGPASSFILE")));
    if (!db.open()) {
        *problem = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (int i = 1; i <= branches; ++i) {
        const QString id = QStringLiteral("lg-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString hash = QString::fromLatin1(
                QCryptographicHash::hash(tokenFor(id), QCryptographicHash::Sha256).toHex());
        const QStringList statements {
            QStringLiteral("INSERT INTO branch(id, code, name) VALUES ('%1', 'LG%2', 'Load %2') "
                           "ON CONFLICT DO NOTHING").arg(id).arg(i),
            QStringLiteral("INSERT INTO branch_change_counter(branch_id) VALUES ('%1') "
                           "ON CONFLICT DO NOTHING").arg(id),
            QStringLiteral("INSERT INTO staff_account(username, branch_id, role, password_hash) "
                           "VALUES ('load-%1', '%1', 'branch_head', 'none') ON CONFLICT DO NOTHING").arg(id),
            QStringLiteral("INSERT INTO access_token(token_hash, username, expires_at) VALUES "
                           "('%1', 'load-%2', now() + interval '1 day') ON CONFLICT (token_hash) "
                           "DO UPDATE SET expires_at = excluded.expires_at")
                    .arg(hash, id),
        };
        for (const QString &statement : statements) {
            if (!query.exec(statement)) {
                *problem = query.lastError().text();
                return false;
            }
        }
    }
    // The simulated workstations start caught up: the log so far is not theirs to pull.
    if (!query.exec(QStringLiteral("SELECT branch_id, next_seq - 1 FROM branch_change_counter"))) {
        *problem = query.lastError().text();
        return false;
    }
    while (query.next())
        heads->insert(query.value(0).toString(), query.value(1).toLongLong());
    return true;
}

double cpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption topologyOption(QStringLiteral("topology"), QStringLiteral("topology.sh folder"), QStringLiteral("dir"));
    const QCommandLineOption urlOption(QStringLiteral("url"), QStringLiteral("send to this URL instead of the balancer"), QStringLiteral("url"));
    const QCommandLineOption branchesOption(QStringLiteral("branches"), QStringLiteral("branches"), QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption workstationsOption(QStringLiteral("workstations"), QStringLiteral("workstations per branch"), QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("requests in flight at once"), QStringLiteral("n"), QStringLiteral("16"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("how long"), QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("changes per push"), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption labelOption(QStringLiteral("label"), QStringLiteral("a name for the row"), QStringLiteral("text"));
    parser.addOptions({ topologyOption, urlOption, branchesOption, workstationsOption, threadsOption,
                        secondsOption, batchOption, labelOption });
    parser.process(app);
    const QHash<QString, QString> env = readEnvironment(parser.value(topologyOption));
    const QUrl url(parser.isSet(urlOption) ? parser.value(urlOption) : env.value(QStringLiteral("URL")));
    const int branches = parser.value(branchesOption).toInt();
    const int perBranch = parser.value(workstationsOption).toInt();
    const int threads = std::max(1, parser.value(threadsOption).toInt());
    const int seconds = parser.value(secondsOption).toInt();
    const int batch = parser.value(batchOption).toInt();
    if (!url.isValid() || env.isEmpty()) {
        std::fprintf(stderr, "branchdesk-loadgen: --topology DIR of a running topology.sh\n");
        return 2;
    }
    QString problem;
    QHash<QString, qint64> heads;
    if (!prepare(env, branches, &problem, &heads)) {
        std::fprintf(stderr, "branchdesk-loadgen: set-up failed: %s\n", qPrintable(problem));
        return 1;
    }

    const QString loadBefore = loadAverage();
    std::atomic<bool> stop { false };
    QMutex mutex;
    Samples total;
    QList<QThread *> workers;
    const int stations = branches * perBranch;
    for (int t = 0; t < threads; ++t) {
        workers << QThread::create([&, t] {
            QList<SimulatedWorkstation *> mine;
            for (int s = t; s < stations; s += threads) {
                const QString branch = QStringLiteral("lg-%1").arg(s % branches + 1, 4, 10, QLatin1Char('0'));
                auto *station = new SimulatedWorkstation(url, branch, QStringLiteral("lg-node-%1").arg(s));
                station->setToken(tokenFor(branch));
                station->setCursor(heads.value(branch));
                station->retryForMs = 10000;
                mine << station;
            }
            Samples own;
            int number = 0;
            for (int turn = 0; !stop && !mine.isEmpty(); ++turn) {
                SimulatedWorkstation *station = mine.at(turn % mine.size());
                QList<QJsonObject> changes;
                for (int c = 0; c < batch; ++c)
                    changes << station->newChange(++number);
                const auto pushed = station->push(changes);
                own.retries += pushed.tries - 1;
                if (pushed.ok) {
                    own.pushMs << double(pushed.ms);
                    own.pushedChanges += changes.size();
                } else {
                    ++own.errors;
                }
                if (stop)
                    break;
                const auto pulled = station->pull(1000);
                own.retries += pulled.tries - 1;
                if (pulled.ok) {
                    own.pullMs << double(pulled.ms);
                    own.pulledChanges += pulled.changes.size();
                } else {
                    ++own.errors;
                }
            }
            qDeleteAll(mine);
            const QMutexLocker lock(&mutex);
            total.pushMs += own.pushMs;
            total.pullMs += own.pullMs;
            total.pushedChanges += own.pushedChanges;
            total.pulledChanges += own.pulledChanges;
            total.errors += own.errors;
            total.retries += own.retries;
        });
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();
    for (QThread *worker : std::as_const(workers))
        worker->start();
    QThread::sleep(ulong(seconds));
    const QString loadDuring = loadAverage();
    stop = true;
    for (QThread *worker : std::as_const(workers)) {
        worker->wait();
        delete worker;
    }
    const double elapsed = double(clock.elapsed()) / 1000.0;
    const QJsonObject result {
        { QStringLiteral("label"), parser.value(labelOption) },
        { QStringLiteral("servers"), env.value(QStringLiteral("SERVERS")).toInt() },
        { QStringLiteral("branches"), branches },
        { QStringLiteral("workstations"), stations },
        { QStringLiteral("threads"), threads },
        { QStringLiteral("seconds"), elapsed },
        { QStringLiteral("pushes_per_s"), double(total.pushMs.size()) / elapsed },
        { QStringLiteral("pulls_per_s"), double(total.pullMs.size()) / elapsed },
        { QStringLiteral("pushed_changes_per_s"), double(total.pushedChanges) / elapsed },
        { QStringLiteral("pulled_changes_per_s"), double(total.pulledChanges) / elapsed },
        { QStringLiteral("push_p50_ms"), percentile(total.pushMs, 0.50) },
        { QStringLiteral("push_p95_ms"), percentile(total.pushMs, 0.95) },
        { QStringLiteral("push_p99_ms"), percentile(total.pushMs, 0.99) },
        { QStringLiteral("pull_p50_ms"), percentile(total.pullMs, 0.50) },
        { QStringLiteral("pull_p95_ms"), percentile(total.pullMs, 0.95) },
        { QStringLiteral("pull_p99_ms"), percentile(total.pullMs, 0.99) },
        { QStringLiteral("errors"), double(total.errors) },
        { QStringLiteral("retries"), double(total.retries) },
        { QStringLiteral("loadgen_cpu_s"), cpuSeconds() - cpuBefore },
        { QStringLiteral("load_before"), loadBefore },
        { QStringLiteral("load_during"), loadDuring },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    std::printf("| %s | %.0f pushed/s | %.0f pulled/s | push p50/p95/p99 %.0f/%.0f/%.0f ms | "
                "pull p50/p95/p99 %.0f/%.0f/%.0f ms | errors %lld | load %s |\n",
                qPrintable(parser.value(labelOption)), result.value(QStringLiteral("pushed_changes_per_s")).toDouble(),
                result.value(QStringLiteral("pulled_changes_per_s")).toDouble(),
                percentile(total.pushMs, 0.5), percentile(total.pushMs, 0.95), percentile(total.pushMs, 0.99),
                percentile(total.pullMs, 0.5), percentile(total.pullMs, 0.95), percentile(total.pullMs, 0.99),
                static_cast<long long>(total.errors), qPrintable(loadDuring));
    return total.errors == 0 ? 0 : 1;
}
