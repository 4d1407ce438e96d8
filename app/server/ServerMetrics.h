#pragma once

#include <QByteArray>
#include <QString>

namespace bd::ServerMetrics {

// What branchdesk-server counts for its operators, served as Prometheus text at /metrics
// (docs/SYNC_PROTOCOL.md, "Health and metrics"): requests by route and status with their
// latencies, pushes and pulls with the changes they carried, errors, and the database's
// round-trips, reconnections and reachability. One set per process: a scraper asks each
// process behind the balancer. Counts only, never a branch, a user or a customer.

// One answered request: its route (the path without the query), status and duration.
void request(const QString &route, int status, qint64 nanoseconds);
// A push's changes as the change log stored them.
void changesStored(int applied, int duplicates);
void changesRefused(int refused);
void changesPulled(int count);
// One statement sent to the database and how long its answer took.
void databaseRoundTrip(qint64 nanoseconds, bool ok);
// The database was (not) reachable at the last look, and a try to connect again.
void databaseReachable(bool reachable);
void databaseReconnect(bool succeeded);
void draining(bool draining);

// Requests answered since the process started.
quint64 answered();

// Every metric in the Prometheus text exposition format (version 0.0.4).
QByteArray prometheusText();

} // namespace bd::ServerMetrics
