#!/usr/bin/env bash
# Starts or stops the private PostgreSQL server of the test suite, on loopback only.
#   postgres-fixture.sh start STATE_DIR   writes STATE_DIR/url (postgresql://burgernet@127.0.0.1:PORT/postgres)
#   postgres-fixture.sh stop STATE_DIR
# The data lives in a temporary folder (fsync off: it is thrown away). As root the server runs
# as the `postgres` user, since PostgreSQL refuses to run as root.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
if [[ -z "$pgbin" ]]; then
    echo "PostgreSQL server binaries not found: install the Debian package 'postgresql'" >&2
    exit 1
fi

as_owner=()
if [[ $(id -u) -eq 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

stop_server() {
    if [[ -f "$state/datadir" ]]; then
        local data
        data=$(cat "$state/datadir")
        if [[ -d "$data/data" ]]; then
            "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$data"
    fi
    rm -rf "$state"
}

case "$action" in
start)
    stop_server
    mkdir -p "$state"
    data=$(mktemp -d /tmp/burgernet-test-pg.XXXXXX)
    echo "$data" >"$state/datadir"
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres:postgres "$data"
    fi
    "${as_owner[@]}" "$pgbin/initdb" -D "$data/data" -U burgernet --auth=trust -E UTF8 \
        --no-locale >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log"; exit 1; }
    port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "${as_owner[@]}" "$pgbin/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null || { cat "$data/server.log"; exit 1; }
    echo "postgresql://burgernet@127.0.0.1:$port/postgres" >"$state/url"
    echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
    ;;
stop)
    stop_server
    ;;
*)
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
    ;;
esac
