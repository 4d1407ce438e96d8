#!/usr/bin/env bash
# How long pg_auto_failover takes to replace a lost primary in packaging/topology.sh
# (docs/BENCHMARKS.md, "Failover by pg_auto_failover"): starts the topology with
# TOPOLOGY_FAILOVER=pg_auto_failover and one server, kills the primary's machine (keeper,
# PostgreSQL, backends), and prints, from the kill: when the monitor marked it unhealthy,
# when node2 was promoted (stop_replication), when it took writes (wait_primary), and when
# the server answered /health/ready 200 again. No pushes run: the load-free floor.
#
#   tests/topology/failover_timings.sh BUILD_DIR [SECONDS]
#
# SECONDS: TOPOLOGY_FAILOVER_SECONDS (empty or absent: pg_auto_failover's own defaults).
set -euo pipefail

BUILD=$(cd "${1:?usage: failover_timings.sh BUILD_DIR [SECONDS]}" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOPOLOGY="$ROOT/packaging/topology.sh"
DIR=$(mktemp -d /tmp/bd-failover-XXXXXX)
rmdir "$DIR"
trap 'bash "$TOPOLOGY" stop "$DIR" >/dev/null 2>&1 || true' EXIT

export BRANCHDESK_SERVER="$BUILD/app/main/server/branchdesk-server"
export TOPOLOGY_FSYNC=off TOPOLOGY_FAILOVER=pg_auto_failover
if [ -n "${2:-}" ]; then export TOPOLOGY_FAILOVER_SECONDS=$2; else unset TOPOLOGY_FAILOVER_SECONDS; fi
bash "$TOPOLOGY" start "$DIR" 1 >/dev/null
# shellcheck disable=SC1091
. "$DIR/topology.env"

bash "$TOPOLOGY" kill-primary "$DIR"
# shellcheck disable=SC1091
. "$DIR/topology.env"
ready=
for _ in $(seq 1 1800); do
    if curl -sf "http://127.0.0.1:$SERVER_PORT_1/health/ready" >/dev/null; then
        ready=$(date +%s%3N)
        break
    fi
    sleep 0.1
done
[ -n "$ready" ] || { echo "the server was not ready again within 180 s" >&2; exit 1; }

at() { # WHERE: ms from the kill to the first monitor event matching WHERE after it
    bash "$TOPOLOGY" psql "$DIR" monitor -tA -c "SELECT (extract(epoch FROM min(eventtime)) * 1000)::bigint \
        - $KILLED_AT FROM pgautofailover.event WHERE eventtime >= to_timestamp($KILLED_AT / 1000.0) AND $1"
}
if [ -n "${2:-}" ]; then echo "settings: TOPOLOGY_FAILOVER_SECONDS=$2"; else echo "settings: pg_auto_failover defaults"; fi
printf 'unhealthy after   %6s ms\n' "$(at "nodename = 'node1' AND description LIKE '%marked as unhealthy%'")"
printf 'promoted after    %6s ms\n' "$(at "nodename = 'node2' AND reportedstate = 'stop_replication'")"
printf 'writable after    %6s ms\n' "$(at "nodename = 'node2' AND reportedstate = 'wait_primary'")"
printf 'server ready after %5s ms\n' "$((ready - KILLED_AT))"
