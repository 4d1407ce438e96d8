#!/usr/bin/env bash
# Where a pull's time goes (docs/BENCHMARKS.md, "Where a pull's time goes"): starts
# packaging/topology.sh with one server, pushes 200 changes into one branch, then sends
# PULLS pulls one after the other straight to the server (no HAProxy) for three cursors,
# and prints per pull: the statements the server sent to PostgreSQL and the time they took
# (from its /metrics, less what HAProxy's health checks cost meanwhile), and the pull's
# wall time as curl saw it (p50 / p95).
#
#   tests/topology/pull_round_trips.sh BUILD_DIR [PULLS]
set -euo pipefail

BUILD=$(cd "${1:?usage: pull_round_trips.sh BUILD_DIR [PULLS]}" && pwd)
PULLS=${2:-200}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TOPOLOGY="$ROOT/packaging/topology.sh"
DIR=$(mktemp -d /tmp/bd-pulls-XXXXXX)
rmdir "$DIR"
trap 'bash "$TOPOLOGY" stop "$DIR" >/dev/null 2>&1 || true' EXIT
export BRANCHDESK_SERVER="$BUILD/app/main/server/branchdesk-server" TOPOLOGY_FSYNC=off
bash "$TOPOLOGY" start "$DIR" 1 >/dev/null 2>&1
bash "$TOPOLOGY" server "$DIR" add-branch b1 0101 "Branch one" >/dev/null
BRANCHDESK_NEW_PASSWORD=pull-password-1 bash "$TOPOLOGY" server "$DIR" add-user head1 b1 branch_head >/dev/null
# shellcheck disable=SC1091
. "$DIR/topology.env"
SERVER="http://127.0.0.1:$SERVER_PORT_1"
PROTOCOL=$(sed -n 's/.*kVersion = \([0-9]*\);.*/\1/p' "$ROOT/app/common/SyncProtocol.h")

TOKEN=$(curl -sf -H 'Content-Type: application/json' "$SERVER/v1/sign-in" \
    -d "{\"username\":\"head1\",\"password\":\"pull-password-1\",\"protocol\":$PROTOCOL}" \
    | sed -n 's/.*"token":"\([0-9a-f]*\)".*/\1/p')
[ -n "$TOKEN" ] || { echo "sign-in failed" >&2; exit 1; }

uuid7() { # the server takes only UUIDv7 change ids
    local hex rand
    hex=$(printf '%012x' "$(date +%s%3N)")
    rand=$(od -An -N10 -tx1 /dev/urandom | tr -d ' \n')
    printf '%s-%s-7%s-%x%s-%s' "${hex:0:8}" "${hex:8:4}" "${rand:0:3}" $((8 + 0x${rand:3:1} % 4)) \
        "${rand:4:3}" "${rand:7:12}"
}
for batch in 1 2 3 4; do
    changes=
    for i in $(seq 1 50); do
        n=$(((batch - 1) * 50 + i))
        changes+="${changes:+,}{\"change_id\":\"$(uuid7)\",\"table\":\"interaction\",\"row_id\":\"$(uuid7)\",\
\"op\":\"upsert\",\"fields\":{\"note\":\"note $n\",\"channel\":\"phone\"},\"base_version\":0,\
\"hlc\":\"$(printf '%016d-%05d' "$(date +%s%3N)" "$n")-bench\",\"origin_node\":\"bench\",\"schema_version\":1}"
    done
    curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" "$SERVER/v1/push" \
        -d "{\"protocol\":$PROTOCOL,\"branch_id\":\"b1\",\"changes\":[$changes]}" | grep -q '"applied"' \
        || { echo "push failed" >&2; exit 1; }
done

# A workstation names the branch list version it holds (and is then not sent the list).
VERSION=$(curl -sf -H "Authorization: Bearer $TOKEN" "$SERVER/v1/changes?branch=b1&after=200&limit=1" \
    | sed -n 's/.*"branches_version":"\([^"]*\)".*/\1/p')
[ -n "$VERSION" ] || { echo "no branches_version" >&2; exit 1; }

metric() { # NAME: its value in the server's /metrics
    curl -sf "$SERVER/metrics" | awk -v name="$1" '$1 == name { print $2 }'
}
trips() { metric branchdesk_database_round_trips_total; }
seconds() { metric branchdesk_database_round_trip_seconds_sum; }

idle0=$(trips)
sleep 5
idle_per_s=$(awk -v a="$idle0" -v b="$(trips)" 'BEGIN { print (b - a) / 5 }')
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $PULLS pulls each; health checks: $idle_per_s statements/s"
for case in "0 200 changes from cursor 0" "180 the last 20 changes" "200 nothing new (at the head)"; do
    after=${case%% *}
    trips0=$(trips)
    seconds0=$(seconds)
    started=$(date +%s.%N)
    walls=$(for _ in $(seq 1 "$PULLS"); do
        curl -sf -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" \
            "$SERVER/v1/changes?branch=b1&after=$after&limit=1000&branches=$VERSION"
    done | sort -n)
    elapsed=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    awk -v t0="$trips0" -v t1="$(trips)" -v s0="$seconds0" -v s1="$(seconds)" -v n="$PULLS" \
        -v idle="$idle_per_s" -v el="$elapsed" -v what="${case#* }" -v walls="$walls" 'BEGIN {
            count = split(walls, w, "\n"); m = 0 # sorted already
            for (i = 1; i <= count; ++i) if (w[i] != "") v[++m] = w[i] * 1000
            printf "%-30s %4.1f statements, %5.2f ms in PostgreSQL per pull; wall p50 %5.1f ms, p95 %5.1f ms\n",
                what, (t1 - t0 - idle * el) / n, (s1 - s0) * 1000 / n, v[int(m * 0.5) + 1], v[int(m * 0.95) + 1]
        }'
done
