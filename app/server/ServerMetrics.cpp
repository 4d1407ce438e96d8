#include "app/server/ServerMetrics.h"

#include <QDateTime>
#include <QMap>
#include <QMutex>
#include <QMutexLocker>

#include <array>

namespace bd::ServerMetrics {

namespace {
// Upper bounds of the latency buckets, in seconds (a pull should stay under 0.1).
constexpr std::array<double, 13> kBuckets { 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1,
                                            0.25,  0.5,    1.0,   2.5,  5.0,   10.0 };

struct Histogram
{
    std::array<quint64, kBuckets.size()> counts {};
    quint64 count = 0;
    double sum = 0;

    void observe(double seconds)
    {
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            if (seconds <= kBuckets[i])
                ++counts[i];
        }
        ++count;
        sum += seconds;
    }
};

struct Registry
{
    QMutex mutex;
    QMap<QPair<QString, int>, quint64> requests; // (route, status)
    QMap<QString, Histogram> latency; // route
    quint64 pushes = 0;
    quint64 pulls = 0;
    quint64 applied = 0;
    quint64 duplicates = 0;
    quint64 refused = 0;
    quint64 pulled = 0;
    quint64 serverErrors = 0;
    quint64 roundTrips = 0;
    quint64 databaseErrors = 0;
    Histogram roundTripLatency;
    quint64 reconnects = 0;
    quint64 failedReconnects = 0;
    bool reachable = true;
    bool draining = false;
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// A label value as the text format wants it: backslash, quote and newline escaped.
QByteArray label(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return text;
}

void header(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray &out, const QByteArray &name, const QByteArray &labels, double value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

// A metric of one sample without labels: its help, type and value.
void single(QByteArray &out, const char *name, const char *type, const char *help, double value)
{
    header(out, name, type, help);
    sample(out, name, {}, value);
}

void histogram(QByteArray &out, const QByteArray &name, const QByteArray &labels,
               const Histogram &h)
{
    const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
    for (size_t i = 0; i < kBuckets.size(); ++i)
        sample(out, name + "_bucket", prefix + "le=\"" + QByteArray::number(kBuckets[i]) + '"',
               double(h.counts[i]));
    sample(out, name + "_bucket", prefix + "le=\"+Inf\"", double(h.count));
    sample(out, name + "_sum", labels, h.sum);
    sample(out, name + "_count", labels, double(h.count));
}
} // namespace

void request(const QString &route, int status, qint64 nanoseconds)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.requests[{ route, status }];
    r.latency[route].observe(double(nanoseconds) / 1e9);
    if (status >= 500)
        ++r.serverErrors;
    if (status == 200 && route == QLatin1String("/v1/push"))
        ++r.pushes;
    if (status == 200 && route == QLatin1String("/v1/changes"))
        ++r.pulls;
}

void changesStored(int applied, int duplicates)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.applied += quint64(applied);
    r.duplicates += quint64(duplicates);
}

void changesRefused(int refused)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.refused += quint64(refused);
}

void changesPulled(int count)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.pulled += quint64(count);
}

void databaseRoundTrip(qint64 nanoseconds, bool ok)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++r.roundTrips;
    if (!ok)
        ++r.databaseErrors;
    r.roundTripLatency.observe(double(nanoseconds) / 1e9);
}

void databaseReachable(bool reachable)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.reachable = reachable;
}

void databaseReconnect(bool succeeded)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    ++(succeeded ? r.reconnects : r.failedReconnects);
}

void draining(bool draining)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.draining = draining;
}

quint64 answered()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    quint64 total = 0;
    for (const quint64 count : std::as_const(r.requests))
        total += count;
    return total;
}

QByteArray prometheusText()
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    QByteArray out;
    header(out, "branchdesk_http_requests_total", "counter", "Requests answered, by route and status.");
    for (auto it = r.requests.cbegin(); it != r.requests.cend(); ++it)
        sample(out, "branchdesk_http_requests_total",
               "route=\"" + label(it.key().first) + "\",code=\""
                       + QByteArray::number(it.key().second) + '"',
               double(it.value()));
    header(out, "branchdesk_http_request_duration_seconds", "histogram",
           "Time from the request's arrival to its answer, by route.");
    for (auto it = r.latency.cbegin(); it != r.latency.cend(); ++it)
        histogram(out, "branchdesk_http_request_duration_seconds",
                  "route=\"" + label(it.key()) + '"', it.value());
    single(out, "branchdesk_pushes_total", "counter", "Pushes answered 200.", double(r.pushes));
    single(out, "branchdesk_pulls_total", "counter", "Pulls answered 200.", double(r.pulls));
    header(out, "branchdesk_changes_pushed_total", "counter",
           "Pushed changes by outcome: applied (new), duplicate (held before), refused.");
    sample(out, "branchdesk_changes_pushed_total", "outcome=\"applied\"", double(r.applied));
    sample(out, "branchdesk_changes_pushed_total", "outcome=\"duplicate\"", double(r.duplicates));
    sample(out, "branchdesk_changes_pushed_total", "outcome=\"refused\"", double(r.refused));
    single(out, "branchdesk_changes_pulled_total", "counter",
           "Changes sent to pulling workstations.", double(r.pulled));
    header(out, "branchdesk_errors_total", "counter",
           "Failures: answers 5xx, and statements the database refused or could not answer.");
    sample(out, "branchdesk_errors_total", "kind=\"http_5xx\"", double(r.serverErrors));
    sample(out, "branchdesk_errors_total", "kind=\"database\"", double(r.databaseErrors));
    single(out, "branchdesk_database_round_trips_total", "counter",
           "Statements sent to the database.", double(r.roundTrips));
    header(out, "branchdesk_database_round_trip_seconds", "histogram",
           "Time from a statement's sending to its answer.");
    histogram(out, "branchdesk_database_round_trip_seconds", {}, r.roundTripLatency);
    header(out, "branchdesk_database_reconnects_total", "counter",
           "Tries to connect to the database again after the connection was lost.");
    sample(out, "branchdesk_database_reconnects_total", "result=\"ok\"", double(r.reconnects));
    sample(out, "branchdesk_database_reconnects_total", "result=\"failed\"",
           double(r.failedReconnects));
    single(out, "branchdesk_database_up", "gauge", "1 when the database answered at the last look.",
           r.reachable ? 1 : 0);
    single(out, "branchdesk_draining", "gauge", "1 once the process was told to stop (SIGTERM).",
           r.draining ? 1 : 0);
    single(out, "branchdesk_process_start_time_seconds", "gauge", "When the process started.",
           double(r.startedAt));
    return out;
}

} // namespace bd::ServerMetrics
