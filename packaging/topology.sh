#!/usr/bin/env bash
# The central side at bank scale, on one machine, for tests and demos (docs/DEPLOYMENT.md):
# a PostgreSQL primary with a synchronous streaming-replication hot standby, N
# branchdesk-server processes, and HAProxy in front of them checking /health/ready;
# optionally PgBouncer between the servers and PostgreSQL, pooling per transaction.
# Authentication as in production: PostgreSQL and PgBouncer take a connection over TCP only
# with SCRAM-SHA-256 and the password of the database user branchdesk, made at random at
# `start` and kept in DIR/pg/pgpass (libpq's password file, mode 600; PGPASSFILE in
# topology.env). Everything listens on 127.0.0.1, lives in one folder and goes with `stop`. Debian's
# packages only (postgresql, haproxy, pgbouncer). PostgreSQL refuses to run as root: as root
# (CI) its processes belong to the unprivileged "postgres" user (runuser), like the tests'
# clusters. With TOPOLOGY_FAILOVER=pg_auto_failover (packaging/topology_auto_failover.sh)
# the two databases are pg_auto_failover's keepers instead, watched by its monitor, which
# promotes the secondary by itself.
#
# Long file: one script of subcommands sharing the topology's state (DIR/topology.env).
#
#   topology.sh start DIR [SERVERS]   start it all in DIR (made; must not exist); SERVERS
#                                     defaults to 2. Prints DIR/topology.env (ports, pids).
#   topology.sh stop DIR              stop everything (SIGTERM, then SIGKILL) and remove DIR
#   topology.sh kill-server DIR I     SIGKILL server I (1-based), as a crash would
#   topology.sh stop-server DIR I     SIGTERM server I and wait for it to drain and end
#   topology.sh start-server DIR I    start server I again on its port
#   topology.sh rolling-restart DIR   stop-server and start-server each server in turn
#   topology.sh kill-primary DIR      SIGKILL the primary's postmaster and its backends
#                                     (pg_auto_failover: the current primary's keeper too)
#   topology.sh rejoin DIR            pg_auto_failover: the node kill-primary lost starts
#                                     again and rejoins as the new primary's secondary
#   topology.sh failover-state DIR    pg_auto_failover's nodes and latest events
#   topology.sh follow-primary DIR    pg_auto_failover with PgBouncer: points PgBouncer at the
#                                     node the monitor has taking writes (started by `start`)
#   topology.sh promote DIR           promote the standby (pg_ctl promote) once the primary is
#                                     gone; PgBouncer, if there, then sends to the standby
#   topology.sh watch DIR [SECONDS]   the failover watcher (for tests and demos; production:
#                                     docs/DEPLOYMENT.md): promotes the standby once the
#                                     primary has not answered pg_isready for SECONDS (5)
#   topology.sh psql DIR [primary|standby|monitor] [psql args...]
#   topology.sh server DIR [args...]  run branchdesk-server set-up commands against the cluster
#
# Environment: BRANCHDESK_SERVER (the branchdesk-server binary; default: the build's, else
# PATH), TOPOLOGY_FSYNC (on by default; "off" for throw-away test runs),
# TOPOLOGY_SERVER_ARGS (more options for each server, e.g. "--log-level info"),
# TOPOLOGY_PGBOUNCER (at start: "transaction" puts PgBouncer with pool_mode = transaction
# between the servers and PostgreSQL, and starts the servers with --pg-pooling transaction;
# with pg_auto_failover, `follow-primary` runs in the background and repoints it),
# TOPOLOGY_FAILOVER (at start: "pg_auto_failover" for a monitor and two keepers, node1 the
# primary and node2 its synchronous secondary, instead of primary + standby),
# TOPOLOGY_FAILOVER_SECONDS (at start: runs `watch DIR SECONDS` in the background, its log
# in DIR/failover.log; with pg_auto_failover, the monitor calls a primary lost after
# SECONDS and lets the secondary take writes 2 x SECONDS later, instead of 20 s and 30 s).
set -Eeuo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=topology_auto_failover.sh
. "$(dirname "${BASH_SOURCE[0]}")/topology_auto_failover.sh"
SYNC_NAME=standby1

die() { printf 'topology.sh: %s\n' "$*" >&2; exit 1; }
say() { printf '==> %s %s\n' "$(date +%T)" "$*" >&2; }

pg_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        [ -x "$dir/initdb" ] && { echo "$dir"; return; }
    done
    die "PostgreSQL server binaries not found (Debian package postgresql)"
}

server_binary() {
    if [ -n "${BRANCHDESK_SERVER:-}" ]; then echo "$BRANCHDESK_SERVER"; return; fi
    local built="$ROOT_DIR/build/app/main/server/branchdesk-server"
    if [ -x "$built" ]; then echo "$built"; return; fi
    command -v branchdesk-server || die "branchdesk-server not found: build it or set BRANCHDESK_SERVER"
}

# PostgreSQL's tools as the user that owns the cluster.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# A port nobody listens on now (bash's /dev/tcp: a refused connection means free).
free_port() {
    local port
    for _ in $(seq 1 200); do
        # Below Linux's ephemeral range (32768-60999): a port found free there may be handed
        # to another program's outgoing connection before ours binds it.
        port=$((20000 + RANDOM % 12768))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            grep -q " $port\$" "${USED_PORTS:-/dev/null}" 2>/dev/null && continue
            echo "$port"
            return
        fi
    done
    die "no free port found"
}

load_env() {
    [ -f "$1/topology.env" ] || die "$1 holds no topology (no topology.env)"
    # shellcheck disable=SC1091
    . "$1/topology.env"
    DIR=$1
    # psql, pg_basebackup, pgbouncer's clients and branchdesk-server find the password here.
    export PGPASSFILE
}

set_env() { # KEY VALUE: replaces the line in topology.env, and sets the variable here
    sed -i "/^$1=/d" "$DIR/topology.env"
    printf '%s=%q\n' "$1" "$2" >>"$DIR/topology.env"
    printf -v "$1" '%s' "$2"
}

try_for() { # SECONDS COMMAND...: 0 as soon as COMMAND succeeds, 1 if it never did
    local seconds=$1
    shift
    for _ in $(seq 1 $((seconds * 10))); do
        "$@" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    return 1
}

wait_for() { # SECONDS DESCRIPTION COMMAND...
    local seconds=$1 what=$2
    shift 2
    try_for "$seconds" "$@" || die "timed out waiting for $what"
}

pg_ctl_start() { # DATA PORT LOG
    local options="-p $2 -k $DIR/pg -c listen_addresses=127.0.0.1 -c fsync=${TOPOLOGY_FSYNC:-on}"
    as_pg "$PG_BIN/pg_ctl" -D "$1" -o "$options" -l "$3" -w -t 60 start >/dev/null
}

# Starts the cluster in DATA on a port found free and records it as KEY. A port found free
# may be taken by another program before PostgreSQL binds it (tests run side by side):
# then another port, up to three times.
pg_start_on_free_port() { # DATA LOG KEY
    local port
    for _ in 1 2 3; do
        port=$(free_port)
        if pg_ctl_start "$1" "$port" "$2"; then
            set_env "$3" "$port"
            return 0
        fi
        grep -qE "could not bind|already in use" "$2" 2>/dev/null || break
        say "port $port was taken; trying another"
    done
    die "PostgreSQL in $1 did not start: $(tail -n 3 "$2" 2>/dev/null)"
}

psql_at() { # PORT ARGS...
    local port=$1
    shift
    as_pg "$PG_BIN/psql" -X -q -h 127.0.0.1 -p "$port" -U branchdesk -d branchdesk \
        -v ON_ERROR_STOP=1 "$@"
}

start_postgres() {
    PG_BIN=$(pg_bin)
    mkdir -p "$DIR/pg"
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR/pg"; fi
    chmod 755 "$DIR"
    local primary_port
    set_env PG_BIN "$PG_BIN"

    make_password
    # Over TCP (everything here, replication too) SCRAM-SHA-256 and the password; trust only
    # on the cluster's own socket in DIR/pg, which nothing here uses.
    as_pg "$PG_BIN/initdb" -D "$DIR/pg/primary" --auth-host=scram-sha-256 --auth-local=trust \
        --pwfile="$DIR/pg/password" -U branchdesk -E UTF8 --no-sync >"$DIR/pg/initdb.log"
    rm -f "$DIR/pg/password"
    cat >>"$DIR/pg/primary/postgresql.conf" <<EOF
wal_level = replica
max_wal_senders = 5
hot_standby = on
synchronous_commit = on
wal_keep_size = 256MB
EOF
    pg_start_on_free_port "$DIR/pg/primary" "$DIR/pg/primary.log" PRIMARY_PORT
    primary_port=$PRIMARY_PORT
    say "PostgreSQL primary on 127.0.0.1:$primary_port"
    set_env PRIMARY_PID "$(head -n 1 "$DIR/pg/primary/postmaster.pid")"
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$primary_port" -U branchdesk branchdesk

    as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U branchdesk \
        -D "$DIR/pg/standby" -X stream -R --no-sync -c fast
    printf "primary_conninfo = 'host=127.0.0.1 port=%s user=branchdesk passfile=%s application_name=%s'\n" \
        "$primary_port" "$PGPASSFILE" "$SYNC_NAME" \
        | as_pg tee -a "$DIR/pg/standby/postgresql.auto.conf" >/dev/null
    pg_start_on_free_port "$DIR/pg/standby" "$DIR/pg/standby.log" STANDBY_PORT
    say "hot standby on 127.0.0.1:$STANDBY_PORT (pg_basebackup, synchronous: $SYNC_NAME)"
    set_env STANDBY_PID "$(head -n 1 "$DIR/pg/standby/postmaster.pid")"
    # Only now: with a synchronous standby named before it runs, every commit would wait.
    psql_at "$primary_port" -c "ALTER SYSTEM SET synchronous_standby_names = '$SYNC_NAME'" \
        -c "SELECT pg_reload_conf()" >/dev/null
    local state=
    for _ in $(seq 1 300); do
        state=$(psql_at "$primary_port" -tA -c "SELECT sync_state FROM pg_stat_replication \
            WHERE application_name = '$SYNC_NAME'" 2>/dev/null || true)
        [ "$state" = sync ] && return 0
        sleep 0.1
    done
    die "the standby did not become synchronous (state: '$state')"
}

# The database user's password, at random, written where initdb takes it (DIR/pg/password,
# removed after) and as libpq's password file (DIR/pg/pgpass): both owned by the user
# PostgreSQL runs as, mode 600 (libpq ignores a password file others may read).
make_password() {
    local password
    password=$(head -c 48 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
    [ ${#password} -ge 24 ] || die "could not make a password"
    PGPASSFILE=$DIR/pg/pgpass
    set_env PGPASSFILE "$PGPASSFILE"
    export PGPASSFILE
    (
        umask 077
        printf '%s\n' "$password" >"$DIR/pg/password"
        printf '127.0.0.1:*:*:branchdesk:%s\n' "$password" >"$PGPASSFILE"
    )
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR/pg/password" "$PGPASSFILE"; fi
}

# PgBouncer's auth_file: the user's SCRAM verifier as PostgreSQL stores it (pg_authid), not
# the password. A client proves it knows the password by SCRAM; PgBouncer then logs in to
# PostgreSQL with the keys that proof gave it (the verifiers are the same), so it holds no
# password of its own.
write_pgbouncer_users() {
    local verifier
    local query="SELECT rolpassword FROM pg_authid WHERE rolname = 'branchdesk'"
    if [ -n "${FAILOVER:-}" ]; then # branchdesk is no superuser there: the cluster's user, by socket
        verifier=$(af_run psql -X -q -tA -h "$DIR/pg" -p "$PRIMARY_PORT" -d branchdesk -c "$query")
    else
        verifier=$(psql_at "$PRIMARY_PORT" -tA -c "$query")
    fi
    case "$verifier" in SCRAM-SHA-256\$*) ;; *) die "branchdesk has no SCRAM verifier" ;; esac
    (
        umask 077
        printf '"branchdesk" "%s"\n' "$verifier" >"$DIR/pg/pgbouncer.users"
    )
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR/pg/pgbouncer.users"; fi
}

# PgBouncer (Debian package pgbouncer) in front of the database that takes writes: the
# servers' sessions are lent per transaction, so few PostgreSQL backends serve many server
# threads. It runs as the cluster's user (it refuses root) and sends to DATABASE_PORT, as
# the user who logged in to it.
write_pgbouncer_config() { # DATABASE_PORT
    cat >"$DIR/pg/pgbouncer.ini" <<EOF
[databases]
branchdesk = host=127.0.0.1 port=$1 dbname=branchdesk

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir =
auth_type = scram-sha-256
auth_file = $DIR/pg/pgbouncer.users
pool_mode = $POOLING
max_client_conn = 2000
default_pool_size = 20
server_reset_query =
ignore_startup_parameters = extra_float_digits,options
logfile = $DIR/pg/pgbouncer.log
pidfile = $DIR/pg/pgbouncer.pid
EOF
    if [ "$(id -u)" -eq 0 ]; then chown postgres: "$DIR/pg/pgbouncer.ini"; fi
}

start_pgbouncer() {
    local binary
    binary=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
    [ -x "$binary" ] || die "pgbouncer is not installed (Debian package pgbouncer)"
    set_env POOLING "$POOLING"
    write_pgbouncer_users
    # A port found free may be taken by another process before PgBouncer binds it (tests run
    # side by side): then it exits at once, and the next attempt takes another port.
    local attempt
    for attempt in 1 2 3; do
        PGBOUNCER_PORT=$(free_port)
        echo " $PGBOUNCER_PORT" >>"$USED_PORTS"
        set_env PGBOUNCER_PORT "$PGBOUNCER_PORT"
        write_pgbouncer_config "$PRIMARY_PORT"
        rm -f "$DIR/pg/pgbouncer.pid"
        as_pg "$binary" -d -q "$DIR/pg/pgbouncer.ini" || true
        if try_for 30 psql_at "$PGBOUNCER_PORT" -c "SELECT 1"; then
            set_env PGBOUNCER_PID "$(cat "$DIR/pg/pgbouncer.pid")"
            say "PgBouncer on 127.0.0.1:$PGBOUNCER_PORT (pool_mode = $POOLING)"
            return
        fi
        say "PgBouncer did not answer on $PGBOUNCER_PORT (attempt $attempt); its log ends:"
        tail -n 5 "$DIR/pg/pgbouncer.log" >&2 2>/dev/null || true
        [ -f "$DIR/pg/pgbouncer.pid" ] && stop_pid "$(cat "$DIR/pg/pgbouncer.pid")" 5
    done
    die "PgBouncer did not start on 127.0.0.1"
}

server_port() { local var="SERVER_PORT_$1"; echo "${!var}"; }
server_pid() { local var="SERVER_PID_$1"; echo "${!var:-}"; }

start_server() { # I
    launch_server "$1" || die "server $1 stopped: $(tail -n 3 "$DIR/server$1.log")"
}

launch_server() { # I: 0 when it listens, 1 when it stopped
    local i=$1 port
    port=$(server_port "$i")
    local binary
    binary=$(server_binary)
    # shellcheck disable=SC2086
    "$binary" --listen 127.0.0.1 --port "$port" --pg-hosts "$SERVER_PG_HOSTS" \
        --pg-database branchdesk --pg-user branchdesk --snapshot-dir "$DIR/snapshots" \
        --log-level warning ${POOLING:+--pg-pooling "$POOLING"} ${TOPOLOGY_SERVER_ARGS:-} \
        >>"$DIR/server$i.out" 2>>"$DIR/server$i.log" </dev/null &
    local pid=$!
    set_env "SERVER_PID_$i" "$pid"
    wait_for 30 "server $i to listen on $port" bash -c \
        "curl -sf http://127.0.0.1:$port/health/ready || { kill -0 $pid || exit 0; exit 1; }"
    kill -0 "$pid" 2>/dev/null
}

# The first start of server I: a port found free may be taken by another program before
# the server binds it (tests run side by side), so a server that cannot listen gets
# another port, up to three times.
first_start_server() { # I
    local i=$1 attempt port
    for attempt in 1 2 3; do
        launch_server "$i" && return 0
        grep -q "Cannot listen" "$DIR/server$i.log" 2>/dev/null || break
        port=$(free_port)
        echo " $port" >>"$USED_PORTS"
        say "server $i: port $(server_port "$i") was taken; trying 127.0.0.1:$port"
        set_env "SERVER_PORT_$i" "$port"
        : >"$DIR/server$i.log"
    done
    die "server $i stopped: $(tail -n 3 "$DIR/server$i.log")"
}

stop_pid() { # PID SECONDS: SIGTERM, wait, then SIGKILL
    local pid=$1
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $(($2 * 10))); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
}

write_haproxy_config() {
    {
        cat <<EOF
# Made by packaging/topology.sh: the balancer in front of the branchdesk-server processes.
global
    maxconn 4096
    stats socket $DIR/haproxy.sock mode 600 level admin

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    timeout http-request 10s
    # A request that found a dead process is sent to another (push is idempotent).
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

frontend sync
    bind 127.0.0.1:$HAPROXY_PORT
    # Metrics are scraped from each process directly, never through the public side.
    http-request deny if { path_beg /metrics }
    default_backend servers

backend servers
    balance roundrobin
    option httpchk
    http-check send meth GET uri /health/ready ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server inter 500ms fall 1 rise 2
EOF
        local i
        for i in $(seq 1 "$SERVERS"); do
            printf '    server s%d 127.0.0.1:%s check\n' "$i" "$(server_port "$i")"
        done
    } >"$DIR/haproxy.cfg"
}

cmd_start() {
    DIR=${1:?usage: topology.sh start DIR [SERVERS]}
    SERVERS=${2:-2}
    command -v haproxy >/dev/null || die "haproxy is not installed (Debian package haproxy)"
    command -v curl >/dev/null || die "curl is not installed"
    [ -e "$DIR" ] && die "$DIR exists already"
    mkdir -p "$DIR/snapshots"
    DIR=$(cd "$DIR" && pwd)
    : >"$DIR/topology.env"
    set_env DIR "$DIR"
    set_env SERVERS "$SERVERS"
    trap 'say "start failed; cleaning up"; cmd_stop "$DIR" >/dev/null 2>&1 || true' EXIT
    USED_PORTS=$DIR/ports
    : >"$USED_PORTS"
    POOLING=${TOPOLOGY_PGBOUNCER:-}
    case "${TOPOLOGY_FAILOVER:-}" in
        "") start_postgres ;;
        pg_auto_failover)
            af_start_postgres
            ;;
        *) die "TOPOLOGY_FAILOVER must be pg_auto_failover or empty, not '$TOPOLOGY_FAILOVER'" ;;
    esac
    # The servers try both nodes and take the one that takes writes
    # (target_session_attrs=read-write), so a promotion needs no change on their side.
    PG_HOSTS="127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT"
    set_env PG_HOSTS "$PG_HOSTS"
    local i
    printf ' %s\n %s\n' "$PRIMARY_PORT" "$STANDBY_PORT" >>"$USED_PORTS"
    case "$POOLING" in
        "") set_env SERVER_PG_HOSTS "$PG_HOSTS" ;;
        transaction | session)
            start_pgbouncer
            set_env SERVER_PG_HOSTS "127.0.0.1:$PGBOUNCER_PORT"
            if [ -n "${FAILOVER:-}" ]; then
                # PgBouncer names one database: it follows the node the monitor promotes.
                bash "${BASH_SOURCE[0]}" follow-primary "$DIR" >>"$DIR/pg/follow-primary.log" 2>&1 </dev/null &
                set_env FOLLOWER_PID "$!"
            fi
            ;;
        *) die "TOPOLOGY_PGBOUNCER must be transaction or session, not '$POOLING'" ;;
    esac
    for i in $(seq 1 "$SERVERS"); do
        local port
        port=$(free_port)
        echo " $port" >>"$USED_PORTS"
        set_env "SERVER_PORT_$i" "$port"
    done
    HAPROXY_PORT=$(free_port)
    echo " $HAPROXY_PORT" >>"$USED_PORTS"
    set_env HAPROXY_PORT "$HAPROXY_PORT"
    for i in $(seq 1 "$SERVERS"); do
        say "branchdesk-server $i on 127.0.0.1:$(server_port "$i")"
        first_start_server "$i" # the first one migrates the database
    done
    # HAProxy gets another port if the one found free was taken meanwhile (it exits at once).
    local attempt
    for attempt in 1 2 3; do
        write_haproxy_config
        haproxy -c -q -f "$DIR/haproxy.cfg" || die "haproxy refused $DIR/haproxy.cfg"
        haproxy -f "$DIR/haproxy.cfg" -db >"$DIR/haproxy.log" 2>&1 </dev/null &
        set_env HAPROXY_PID "$!"
        sleep 0.5
        kill -0 "$HAPROXY_PID" 2>/dev/null && break
        say "HAProxy could not start on $HAPROXY_PORT: $(tail -n 2 "$DIR/haproxy.log")"
        HAPROXY_PORT=$(free_port)
        echo " $HAPROXY_PORT" >>"$USED_PORTS"
        set_env HAPROXY_PORT "$HAPROXY_PORT"
    done
    set_env URL "http://127.0.0.1:$HAPROXY_PORT"
    wait_for 30 "HAProxy to route to a ready server" curl -sf "http://127.0.0.1:$HAPROXY_PORT/health/ready"
    if [ -n "${TOPOLOGY_FAILOVER_SECONDS:-}" ] && [ -z "${FAILOVER:-}" ]; then
        bash "${BASH_SOURCE[0]}" watch "$DIR" "$TOPOLOGY_FAILOVER_SECONDS" >>"$DIR/failover.log" 2>&1 \
            </dev/null &
        set_env WATCHER_PID "$!"
        say "failover watcher: the standby is promoted after ${TOPOLOGY_FAILOVER_SECONDS}s without a primary"
    fi
    trap - EXIT
    say "ready: http://127.0.0.1:$HAPROXY_PORT (stop with: $0 stop $DIR)"
    echo "$DIR/topology.env"
}

cmd_stop() {
    load_env "${1:?usage: topology.sh stop DIR}"
    stop_pid "${WATCHER_PID:-}" 5 # first: a primary stopping is no failover
    stop_pid "${FOLLOWER_PID:-}" 5
    stop_pid "${HAPROXY_PID:-}" 5
    local i
    for i in $(seq 1 "${SERVERS:-0}"); do stop_pid "$(server_pid "$i")" 10; done
    stop_pid "${PGBOUNCER_PID:-}" 5
    [ "${FAILOVER:-}" = pg_auto_failover ] && af_stop
    local data
    for data in primary standby; do
        if [ -f "$DIR/pg/$data/postmaster.pid" ]; then
            as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/$data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    done
    rm -rf "$DIR"
}

cmd_kill_server() {
    load_env "$1"
    local pid
    pid=$(server_pid "${2:?which server}")
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
}

cmd_stop_server() {
    load_env "$1"
    local pid
    pid=$(server_pid "${2:?which server}")
    stop_pid "$pid" 30
}

cmd_start_server() {
    load_env "$1"
    start_server "${2:?which server}"
    # HAProxy's check needs "rise" good answers before it sends requests again.
    sleep 1.2
}

cmd_rolling_restart() {
    load_env "$1"
    local i
    for i in $(seq 1 "$SERVERS"); do
        say "rolling restart: server $i"
        stop_pid "$(server_pid "$i")" 30
        start_server "$i"
        load_env "$1"
        sleep 1.2
    done
}

cmd_kill_primary() {
    load_env "$1"
    if [ "${FAILOVER:-}" = pg_auto_failover ]; then
        af_kill_primary
        return
    fi
    # The machine is gone: the postmaster and every backend at once, no shutdown.
    local children
    children=$(ps -o pid= --ppid "$PRIMARY_PID" 2>/dev/null || true)
    # shellcheck disable=SC2086
    kill -KILL "$PRIMARY_PID" $children 2>/dev/null || true
    while kill -0 "$PRIMARY_PID" 2>/dev/null; do sleep 0.05; done
}

cmd_promote() {
    load_env "$1"
    [ -z "${FAILOVER:-}" ] || die "pg_auto_failover's monitor promotes; see: topology.sh failover-state DIR"
    as_pg "$PG_BIN/pg_ctl" -D "$DIR/pg/standby" -w -t 60 promote >/dev/null
    if [ -n "${PGBOUNCER_PID:-}" ]; then
        # PgBouncer knows one database: now the promoted standby (SIGHUP: reload).
        write_pgbouncer_config "$STANDBY_PORT"
        kill -HUP "$PGBOUNCER_PID"
    fi
}

# pg_auto_failover promotes on its own, but PgBouncer names one database: every 0.2 s this
# asks the monitor which node takes writes (primary, or wait_primary while its secondary is
# away, reached and not only assigned) and, when that node changed, writes PgBouncer's
# configuration for it and reloads it (SIGHUP; PgBouncer then closes its sessions to the old
# node as they come free). In production pg_auto_failover's monitor, not this loop, would
# be asked the same by whatever manages PgBouncer (or a virtual address moves).
cmd_follow_primary() {
    load_env "${1:?usage: topology.sh follow-primary DIR}"
    [ "${FAILOVER:-}" = pg_auto_failover ] && [ -n "${PGBOUNCER_PID:-}" ] \
        || die "follow-primary is for pg_auto_failover with PgBouncer"
    local current=$PRIMARY_PORT port
    say "PgBouncer follows the monitor's primary (now on $current)"
    while :; do
        port=$(af_monitor_sql "SELECT nodeport FROM pgautofailover.node WHERE reportedstate \
            IN ('primary', 'wait_primary', 'single') AND reportedstate = goalstate \
            ORDER BY nodeid LIMIT 1" 2>/dev/null || true)
        if [ -n "$port" ] && [ "$port" != "$current" ]; then
            write_pgbouncer_config "$port"
            kill -HUP "$PGBOUNCER_PID"
            current=$port
            say "PgBouncer now sends to 127.0.0.1:$port"
        fi
        sleep 0.2
    done
}

# The smallest failover manager: no fencing and no vote, so only where one machine sees
# both databases (tests, demos). Production uses a packaged one (docs/DEPLOYMENT.md).
cmd_watch() {
    load_env "${1:?usage: topology.sh watch DIR [SECONDS]}"
    [ -z "${FAILOVER:-}" ] || die "pg_auto_failover's monitor watches this topology"
    local seconds=${2:-5} down_since= now
    say "watching the primary on $PRIMARY_PORT (promotion after ${seconds}s away)"
    while :; do
        if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PRIMARY_PORT" -t 1; then
            down_since=
        else
            now=$(date +%s%3N)
            [ -n "$down_since" ] || { down_since=$now; say "the primary does not answer"; }
            if [ $((now - down_since)) -ge $((seconds * 1000)) ]; then
                say "the primary has been away ${seconds}s: promoting the standby"
                cmd_promote "$1"
                load_env "$1"
                set_env PROMOTED_BY watcher
                say "the standby on $STANDBY_PORT is the primary"
                return 0
            fi
        fi
        sleep 0.5
    done
}

cmd_psql() {
    load_env "$1"
    local which=${2:-primary}
    shift 2 || shift $#
    local port=$PRIMARY_PORT
    [ "$which" = standby ] && port=$STANDBY_PORT
    if [ "$which" = monitor ]; then
        [ -n "${MONITOR_PORT:-}" ] || die "no pg_auto_failover monitor in this topology"
        af_run psql -X -q -h "$DIR/pg" -p "$MONITOR_PORT" -d pg_auto_failover -v ON_ERROR_STOP=1 "$@"
        return
    fi
    psql_at "$port" "$@"
}

cmd_rejoin() {
    load_env "$1"
    [ "${FAILOVER:-}" = pg_auto_failover ] || die "rejoin needs TOPOLOGY_FAILOVER=pg_auto_failover"
    af_rejoin
}

cmd_failover_state() {
    load_env "$1"
    [ -n "${MONITOR_PORT:-}" ] || die "no pg_auto_failover monitor in this topology"
    af_state
}

cmd_server() {
    load_env "$1"
    shift
    "$(server_binary)" --pg-hosts "$PG_HOSTS" --pg-database branchdesk --pg-user branchdesk \
        --snapshot-dir "$DIR/snapshots" "$@"
}

usage() { awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"; }

main() {
    local command=${1:-}
    [ $# -gt 0 ] && shift
    case "$command" in
        start) cmd_start "$@" ;;
        stop) cmd_stop "$@" ;;
        kill-server) cmd_kill_server "$@" ;;
        stop-server) cmd_stop_server "$@" ;;
        start-server) cmd_start_server "$@" ;;
        rolling-restart) cmd_rolling_restart "$@" ;;
        kill-primary) cmd_kill_primary "$@" ;;
        promote) cmd_promote "$@" ;;
        watch) cmd_watch "$@" ;;
        psql) cmd_psql "$@" ;;
        rejoin) cmd_rejoin "$@" ;;
        follow-primary) cmd_follow_primary "$@" ;;
        failover-state) cmd_failover_state "$@" ;;
        server) cmd_server "$@" ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
