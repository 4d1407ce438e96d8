# shellcheck shell=bash
# pg_auto_failover for packaging/topology.sh (TOPOLOGY_FAILOVER=pg_auto_failover at `start`):
# sourced by topology.sh, not run on its own. Debian packages postgresql-15-auto-failover
# and pg-auto-failover-cli (pg_autoctl). Instead of topology.sh's primary + pg_basebackup
# standby and its watcher: a pg_auto_failover monitor and two keepers, node1 (the first
# primary) and node2 (its synchronous secondary, made by pg_autoctl with pg_basebackup).
# The monitor checks the nodes and promotes the secondary when the primary is lost; nothing
# here promotes by hand. Each keeper (`pg_autoctl run`) owns its PostgreSQL: a PostgreSQL
# killed alone is restarted by its keeper, so `kill-primary` kills the keeper with it, as
# the loss of the machine would.
#
# Authentication as in the rest of the topology: TCP only with SCRAM-SHA-256; the one random
# password serves branchdesk, autoctl_node (keepers -> monitor) and pgautofailover_replicator
# (streaming), all through libpq's password file DIR/pg/pgpass, so it is written into no
# configuration file and no command line. pg_auto_failover's own health check user
# (pgautofailover_monitor) gets the `trust` line pg_autoctl writes for it: it only connects.
# Every PostgreSQL here has its socket in DIR/pg, so nothing needs /var/run/postgresql.

# A command as the cluster's user with pg_autoctl's state inside DIR (its configuration
# and state files live under XDG_CONFIG_HOME / XDG_DATA_HOME, keyed by PGDATA).
af_run() {
    as_pg env XDG_CONFIG_HOME="$DIR/pg/autoctl/config" XDG_DATA_HOME="$DIR/pg/autoctl/data" \
        PGHOST="$DIR/pg" PGPASSFILE="$PGPASSFILE" PATH="$PG_BIN:$PATH" "$@"
}

# SQL from stdin as the superuser over the socket (trust there only), so that passwords in
# it show in no process list; pg_autoctl sets log_statement = ddl, which would log them.
af_sql() { # PORT DATABASE
    { echo "SET log_statement = 'none';"; cat; } \
        | af_run psql -X -q -h "$DIR/pg" -p "$1" -d "$2" -v ON_ERROR_STOP=1 -f - >/dev/null
}

af_monitor_sql() { # SQL: psql's unaligned tuples of SQL on the monitor
    af_run psql -X -q -tA -h "$DIR/pg" -p "$MONITOR_PORT" -d pg_auto_failover -c "$1"
}

# Our own initdb (SCRAM over TCP, the socket in DIR/pg, small shared_buffers: pg_autoctl
# would size them to the machine's memory); pg_autoctl takes the existing cluster over.
# postgresql.auto.conf wins over the tuning pg_autoctl includes, and pg_basebackup copies
# it to the secondary.
af_initdb() { # DATA
    as_pg "$PG_BIN/initdb" -D "$1" --auth-host=scram-sha-256 --auth-local=trust -E UTF8 \
        --no-sync >>"$DIR/pg/initdb.log"
    as_pg tee -a "$1/postgresql.auto.conf" >/dev/null <<EOF
unix_socket_directories = '$DIR/pg'
shared_buffers = '64MB'
fsync = ${TOPOLOGY_FSYNC:-on}
wal_keep_size = '256MB'
EOF
}

af_descendants() { # PID: every process below PID
    local child
    for child in $(pgrep -P "$1" 2>/dev/null); do
        echo "$child"
        af_descendants "$child"
    done
}

# `pg_autoctl run` for DATA in the background, its log in LOG; the pid as KEY.
af_launch() { # DATA LOG KEY
    af_run pg_autoctl run --pgdata "$1" >>"$2" 2>&1 </dev/null &
    set_env "$3" "$!"
}

af_start_postgres() {
    PG_BIN=$(pg_bin)
    command -v pg_autoctl >/dev/null \
        || die "pg_autoctl is not installed (Debian packages postgresql-15-auto-failover, pg-auto-failover-cli)"
    mkdir -p "$DIR/pg/autoctl"
    if [ "$(id -u)" -eq 0 ]; then chown -R postgres: "$DIR/pg"; fi
    chmod 755 "$DIR"
    set_env PG_BIN "$PG_BIN"
    set_env FAILOVER pg_auto_failover
    make_password
    local password
    password=$(cat "$DIR/pg/password")
    rm -f "$DIR/pg/password"
    # The same password for the keepers' and the replication's users.
    printf '127.0.0.1:*:*:%s:%s\n' autoctl_node "$password" pgautofailover_replicator \
        "$password" | as_pg tee -a "$PGPASSFILE" >/dev/null

    set_env MONITOR_PORT "$(free_port)"
    echo " $MONITOR_PORT" >>"$USED_PORTS"
    af_initdb "$DIR/pg/monitor"
    af_run pg_autoctl create monitor --pgctl "$PG_BIN/pg_ctl" --pgdata "$DIR/pg/monitor" \
        --pgport "$MONITOR_PORT" --hostname 127.0.0.1 --auth scram-sha-256 --no-ssl \
        >>"$DIR/pg/monitor.log" 2>&1 || die "pg_autoctl create monitor failed: $(tail -n 3 "$DIR/pg/monitor.log")"
    af_run pg_autoctl config set --pgdata "$DIR/pg/monitor" postgresql.listen_addresses 127.0.0.1 >/dev/null
    af_launch "$DIR/pg/monitor" "$DIR/pg/monitor.log" MONITOR_PID
    wait_for 60 "the pg_auto_failover monitor" af_monitor_sql "SELECT 1"
    af_sql "$MONITOR_PORT" pg_auto_failover <<EOF
ALTER ROLE autoctl_node PASSWORD '$password';
EOF
    af_tune_monitor
    say "pg_auto_failover monitor on 127.0.0.1:$MONITOR_PORT"

    af_add_node 1
    af_sql "$NODE_PORT_1" branchdesk <<EOF
ALTER ROLE pgautofailover_replicator PASSWORD '$password';
CREATE ROLE branchdesk LOGIN PASSWORD '$password';
ALTER DATABASE branchdesk OWNER TO branchdesk;
EOF
    af_add_node 2
    set_env PRIMARY_PORT "$NODE_PORT_1"
    set_env STANDBY_PORT "$NODE_PORT_2"
    set_env PRIMARY_PID "$(head -n 1 "$DIR/pg/node1/postmaster.pid")"
    local states=
    for _ in $(seq 1 600); do
        states=$(af_monitor_sql "SELECT string_agg(reportedstate::text, ',' ORDER BY nodename) \
            FROM pgautofailover.node" 2>/dev/null || true)
        [ "$states" = primary,secondary ] && break
        sleep 0.1
    done
    [ "$states" = primary,secondary ] || die "the keepers did not reach primary,secondary ($states)"
    # libpq's multi-host URI of the formation, as pg_autoctl gives it to applications.
    set_env FORMATION_URI "$(af_run pg_autoctl show uri --pgdata "$DIR/pg/monitor" --formation default)"
    say "pg_auto_failover: node1 primary on $NODE_PORT_1, node2 synchronous secondary on $NODE_PORT_2"
}

# Node I's PostgreSQL made and registered by pg_autoctl, and its keeper started. Node 1
# takes over a cluster made here; node 2 is made by pg_autoctl (pg_basebackup from node 1).
af_add_node() { # I
    local i=$1 data=$DIR/pg/node$1 port
    port=$(free_port)
    echo " $port" >>"$USED_PORTS"
    set_env "NODE_PORT_$i" "$port"
    if [ "$i" -eq 1 ]; then
        af_initdb "$data"
    else
        as_pg mkdir -m 700 "$data"
    fi
    af_run pg_autoctl create postgres --pgctl "$PG_BIN/pg_ctl" --pgdata "$data" --pgport "$port" \
        --listen 127.0.0.1 --hostname 127.0.0.1 --name "node$i" --dbname branchdesk \
        --monitor "postgres://autoctl_node@127.0.0.1:$MONITOR_PORT/pg_auto_failover?sslmode=disable" \
        --auth scram-sha-256 --no-ssl >>"$DIR/pg/node$i.log" 2>&1 \
        || die "pg_autoctl create postgres (node $i) failed: $(tail -n 3 "$DIR/pg/node$i.log")"
    if [ -n "${TOPOLOGY_FAILOVER_SECONDS:-}" ]; then
        # The keeper's side of the fence: a primary that reaches neither monitor nor
        # standby this long demotes itself (below the monitor's primary_demote_timeout).
        af_run pg_autoctl config set --pgdata "$data" timeout.network_partition_timeout \
            "$TOPOLOGY_FAILOVER_SECONDS" >/dev/null
    fi
    af_launch "$data" "$DIR/pg/node$i.log" "KEEPER_PID_$i"
    wait_for 120 "node $i to accept connections" af_run psql -X -q -h "$DIR/pg" -p "$port" \
        -d postgres -c "SELECT 1"
}

# pg_auto_failover's defaults take 20 s to call a primary unhealthy and wait 30 s more
# before the promoted node takes writes (time for a cut-off old primary to demote itself).
# TOPOLOGY_FAILOVER_SECONDS=N (tests, demos) asks every second and waits N and 2N seconds.
af_tune_monitor() {
    [ -n "${TOPOLOGY_FAILOVER_SECONDS:-}" ] || return 0
    local ms=$((TOPOLOGY_FAILOVER_SECONDS * 1000))
    af_sql "$MONITOR_PORT" pg_auto_failover <<EOF
ALTER SYSTEM SET pgautofailover.health_check_period = 1000;
ALTER SYSTEM SET pgautofailover.health_check_timeout = 1000;
ALTER SYSTEM SET pgautofailover.health_check_max_retries = 1;
ALTER SYSTEM SET pgautofailover.health_check_retry_delay = 500;
ALTER SYSTEM SET pgautofailover.node_considered_unhealthy_timeout = $ms;
ALTER SYSTEM SET pgautofailover.primary_demote_timeout = $((2 * ms));
SELECT pg_reload_conf();
EOF
}

# The machine of the node the monitor has as primary is gone: its keeper, PostgreSQL and
# every backend SIGKILLed at once. Records KILLED_NODE and KILLED_AT (ms since the epoch).
af_kill_primary() {
    local name i pids
    name=$(af_monitor_sql "SELECT nodename FROM pgautofailover.node WHERE reportedstate \
        IN ('primary', 'wait_primary', 'single') ORDER BY nodeid LIMIT 1")
    case "$name" in node1 | node2) i=${name#node} ;; *) die "the monitor names no primary" ;; esac
    local keeper="KEEPER_PID_$i"
    pids="${!keeper} $(af_descendants "${!keeper}")"
    # shellcheck disable=SC2086
    kill -KILL $pids 2>/dev/null || true
    set_env KILLED_AT "$(date +%s%3N)"
    set_env KILLED_NODE "$name"
    local pid
    for pid in $pids; do
        while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
    done
}

# The lost node's machine is back: its keeper starts again on the node's own folder and
# asks the monitor, which makes it the secondary of the node promoted meanwhile (pg_rewind
# of what the old primary had and the new one never got, or, failing that, a new base
# backup). Waits until the monitor reports it secondary and the other node primary (then
# synchronous again: a second failover loses nothing). Records REJOINED_NODE.
af_rejoin() {
    [ -n "${KILLED_NODE:-}" ] || die "no node was lost (kill-primary first)"
    local name=$KILLED_NODE i=${KILLED_NODE#node} other expected states=
    other=node$((3 - i))
    expected=$(printf '%s\n' "$name:secondary" "$other:primary" | sort | paste -sd,)
    af_launch "$DIR/pg/$name" "$DIR/pg/$name.log" "KEEPER_PID_$i"
    for _ in $(seq 1 1800); do
        states=$(af_monitor_sql "SELECT string_agg(nodename || ':' || reportedstate, ',' \
            ORDER BY nodename) FROM pgautofailover.node WHERE reportedstate = goalstate" \
            2>/dev/null || true)
        [ "$states" = "$expected" ] && break
        sleep 0.1
    done
    [ "$states" = "$expected" ] || die "$name did not rejoin as secondary ($states)"
    set_env KILLED_NODE ""
    set_env REJOINED_NODE "$name"
    say "pg_auto_failover: $name rejoined as the secondary of $other"
}

# The monitor's view, as `pg_autoctl show state` prints it, and its events.
af_state() {
    af_run pg_autoctl show state --pgdata "$DIR/pg/monitor"
    af_run pg_autoctl show events --pgdata "$DIR/pg/monitor" --count 20
}

af_stop() {
    local data pid key
    # Each `pg_autoctl run` stops its PostgreSQL on SIGTERM (fast): the keepers first, then
    # the monitor. Only then what is left of them, the launching shells included.
    for data in node2 node1 monitor; do
        pid=$(pgrep -xf "pg_autoctl run --pgdata $DIR/pg/$data" || true)
        [ -n "$pid" ] || continue
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    done
    for key in KEEPER_PID_2 KEEPER_PID_1 MONITOR_PID; do
        pid=${!key:-}
        [ -n "$pid" ] || continue
        # shellcheck disable=SC2046
        kill -KILL "$pid" $(af_descendants "$pid") 2>/dev/null || true
    done
    for data in node1 node2 monitor; do
        if [ -f "$DIR/pg/$data/postmaster.pid" ]; then
            as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/$data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    done
}
