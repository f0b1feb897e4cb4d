#!/usr/bin/env bash
# Burgernet Console's developer entry point: installs the missing Debian packages, configures,
# builds, then runs what was asked.
#   packaging/dev.sh run [console options]   build and start the console
#   packaging/dev.sh test [ctest options]    build and run the whole test suite
#   packaging/dev.sh bench                   build and run the benchmarks
#   packaging/dev.sh build                   only build
# BUILD_DIR (default: build) and BUILD_TYPE (default: RelWithDebInfo) may be set.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
build_type=${BUILD_TYPE:-RelWithDebInfo}
command=${1:-run}
shift || true

install_missing_packages() {
    local wanted=() missing=() pkg
    mapfile -t wanted < <(grep -v '^\s*#' "$root/packaging/debian-packages.txt" | awk 'NF {print $1}')
    for pkg in "${wanted[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [[ ${#missing[@]} -eq 0 ]] && return 0
    echo "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [[ $(id -u) -ne 0 ]] && sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    # The packaged PostgreSQL and Kannel services are not used: the tests start their own.
}

configure_and_build() {
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" >/dev/null
    cmake --build "$build" --parallel "$(nproc)"
}

install_missing_packages
configure_and_build

case "$command" in
run)
    exec "$build/bin/burgernet-console" "$@"
    ;;
test)
    cd "$build"
    exec ctest --output-on-failure --parallel "$(nproc)" --label-exclude bench "$@"
    ;;
bench)
    cd "$build"
    exec ctest --output-on-failure --label-regex bench --verbose "$@"
    ;;
build)
    ;;
*)
    echo "usage: $0 run|test|bench|build [options]" >&2
    exit 2
    ;;
esac
