#!/usr/bin/env bash
# Private PostgreSQL 15 servers for the shared-register tests, on loopback only, each in a
# folder of its own (the test's temporary folder):
#   pg-cluster.sh primary DIR PORT            initdb, streaming replication allowed, start
#   pg-cluster.sh standby PRIMARY_PORT DIR PORT   pg_basebackup -R from the primary, start
#   pg-cluster.sh stop DIR [fast|immediate]   stop (fast: the standby receives everything first)
#   pg-cluster.sh promote DIR                 promote a standby to primary
# As root the servers run as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [[ -z "$pgbin" ]]; then
    echo "PostgreSQL server binaries not found: install the Debian package 'postgresql'" >&2
    exit 1
fi
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

own() {
    chmod o+x "$(dirname "$1")" 2>/dev/null || true
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres:postgres "$1"
    fi
}

start() {
    local dir=$1 port=$2
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=100 -c fsync=off -c full_page_writes=off -c wal_level=replica -c max_wal_senders=5 -c hot_standby=on -c shared_buffers=32MB" \
        start >/dev/null || { cat "$dir/server.log"; exit 1; }
}

case "${1:?primary, standby, stop or promote}" in
primary)
    dir=$2 port=$3
    mkdir -p "$dir"
    own "$dir"
    "${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U burgernet --auth=trust -E UTF8 \
        --no-locale >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    echo "host replication burgernet 127.0.0.1/32 trust" >>"$dir/data/pg_hba.conf"
    start "$dir" "$port"
    ;;
standby)
    primary_port=$2 dir=$3 port=$4
    mkdir -p "$dir"
    own "$dir"
    "${as_owner[@]}" "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U burgernet \
        -D "$dir/data" -R -X stream >"$dir/basebackup.log" 2>&1 || { cat "$dir/basebackup.log"; exit 1; }
    start "$dir" "$port"
    ;;
stop)
    dir=$2 mode=${3:-fast}
    if [[ -d "$dir/data" ]]; then
        "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    fi
    ;;
promote)
    dir=$2
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -w promote >/dev/null
    ;;
*)
    echo "usage: $0 primary|standby|stop|promote ..." >&2
    exit 2
    ;;
esac
