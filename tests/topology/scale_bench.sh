#!/usr/bin/env bash
# Throughput against 3, 2 and 1 branchdesk-server processes behind HAProxy (docs/BENCHMARKS.md,
# "Several servers"): starts packaging/topology.sh with three processes, runs
# branchdesk-loadgen for SECONDS against it, stops one process (SIGTERM), runs again, and
# so on; prints one table row per run and stops the topology.
#   tests/topology/scale_bench.sh BUILD_DIR [SECONDS] [BRANCHES] [WORKSTATIONS] [THREADS]
# With TOPOLOGY_PGBOUNCER=transaction the servers reach PostgreSQL through PgBouncer (its CPU
# is counted apart). Each run also prints every server process's memory (VmRSS sampled every
# 0.5 s during the run, VmHWM: its peak since it started) and its PostgreSQL sessions (TCP
# connections to the primary, or to PgBouncer, seen by ss).
set -euo pipefail
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD_DIR=${1:?usage: scale_bench.sh BUILD_DIR [SECONDS] [BRANCHES] [WORKSTATIONS] [THREADS]}
SECONDS_EACH=${2:-30}
BRANCHES=${3:-40}
WORKSTATIONS=${4:-4}
THREADS=${5:-16}
export BRANCHDESK_SERVER="$BUILD_DIR/app/main/server/branchdesk-server"
LOADGEN="$BUILD_DIR/tests/topology/branchdesk-loadgen"
PARENT=$(mktemp -d /tmp/bd-scale-XXXXXX)
chmod 755 "$PARENT"
DIR="$PARENT/t"
trap '"$ROOT_DIR/packaging/topology.sh" stop "$DIR" >/dev/null 2>&1 || true; rm -rf "$PARENT"' EXIT
"$ROOT_DIR/packaging/topology.sh" start "$DIR" 3 >/dev/null
# CPU seconds used so far by these processes and their children's (PostgreSQL's backends).
cpu_of() {
    local total=0 pid child
    for pid in "$@"; do
        for child in $pid $(ps -o pid= --ppid "$pid" 2>/dev/null); do
            [ -r "/proc/$child/stat" ] || continue
            total=$((total + $(awk '{ print $14 + $15 }' "/proc/$child/stat")))
        done
    done
    echo "$total"
}
# One line per sample: PID RSS_KB SESSIONS, for each server process given.
sample_memory() { # DATABASE_PORT PID...
    local port=$1 pid rss sessions
    shift
    while :; do
        for pid in "$@"; do
            rss=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null) || continue
            sessions=$(ss -Htnp state established "( dport = :$port )" 2>/dev/null | grep -c "pid=$pid," || true)
            echo "$pid $rss $sessions"
        done
        sleep 0.5
    done
}
# Per server process: resident set during the run (max, mean), its peak so far, sessions.
report_memory() { # SAMPLES PID...
    local samples=$1 pid hwm
    shift
    for pid in "$@"; do
        hwm=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)
        awk -v p="$pid" -v h="$hwm" '$1 == p { n++; sum += $2; if ($2 > max) max = $2; if ($3 > s) s = $3 }
            END { printf "  server pid %s: VmRSS max %.1f MiB, mean %.1f MiB (%d samples), VmHWM %.1f MiB, PostgreSQL sessions %d\n",
                         p, max / 1024, n ? sum / n / 1024 : 0, n, h / 1024, s }' "$samples"
    done
}
status=0
for servers in 3 2 1; do
    # shellcheck disable=SC1091
    . "$DIR/topology.env"
    servers_pids=$(for i in $(seq 1 "$servers"); do eval echo "\$SERVER_PID_$i"; done)
    pg0=$(cpu_of "$PRIMARY_PID" "$STANDBY_PID"); bd0=$(cpu_of $servers_pids); ha0=$(cpu_of "$HAPROXY_PID")
    pb0=$(cpu_of ${PGBOUNCER_PID:-})
    started=$(date +%s.%N)
    # What the database's busy backends wait for, sampled every 0.2 s: CPU (none), the
    # standby's acknowledgement (SyncRep), the WAL on disk (IO), a branch's counter (Lock).
    (
        while :; do
            "$ROOT_DIR/packaging/topology.sh" psql "$DIR" primary -tA -c \
                "SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') FROM pg_stat_activity \
                 WHERE state = 'active' AND backend_type = 'client backend' AND pid <> pg_backend_pid()" \
                2>/dev/null || true
            sleep 0.2
        done
    ) >"$PARENT/waits" &
    sampler=$!
    # shellcheck disable=SC2086
    sample_memory "${PGBOUNCER_PORT:-$PRIMARY_PORT}" $servers_pids >"$PARENT/memory" &
    memory_sampler=$!
    "$LOADGEN" --topology "$DIR" --branches "$BRANCHES" --workstations "$WORKSTATIONS" \
        --threads "$THREADS" --seconds "$SECONDS_EACH" --label "$servers server(s)${PGBOUNCER_PID:+ via PgBouncer}" || status=1
    kill "$sampler" "$memory_sampler" 2>/dev/null || true
    wait "$sampler" "$memory_sampler" 2>/dev/null || true
    # shellcheck disable=SC2086
    report_memory "$PARENT/memory" $servers_pids
    printf '  database backends waiting on (samples): %s\n' \
        "$(sort "$PARENT/waits" | uniq -c | sort -rn | head -n 5 | awk '{ printf "%s %s, ", $2, $1 }')"
    pg1=$(cpu_of "$PRIMARY_PID" "$STANDBY_PID"); bd1=$(cpu_of $servers_pids); ha1=$(cpu_of "$HAPROXY_PID")
    pb1=$(cpu_of ${PGBOUNCER_PID:-})
    ticks=$(getconf CLK_TCK)
    awk -v s="$started" -v e="$(date +%s.%N)" -v t="$ticks" -v pg=$((pg1 - pg0)) \
        -v bd=$((bd1 - bd0)) -v ha=$((ha1 - ha0)) -v pb=$((pb1 - pb0)) 'BEGIN { w = e - s;
        printf "  cores busy: postgres (primary+standby) %.2f, branchdesk-server %.2f, haproxy %.2f, pgbouncer %.2f (of 2)\n",
               pg / t / w, bd / t / w, ha / t / w, pb / t / w }'

    if [ "$servers" -gt 1 ]; then
        "$ROOT_DIR/packaging/topology.sh" stop-server "$DIR" "$servers"
        sleep 1.5 # HAProxy's check takes it out
    fi
done
exit "$status"
