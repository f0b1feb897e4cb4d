#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# The package on a clean machine: builds the .deb of a built tree, makes a fresh Debian 12
# (bookworm) chroot with debootstrap, installs the package there with `apt-get install ./….deb`
# (so apt resolves every dependency from Debian's archive, as on a user's machine) and runs,
# inside the chroot, against SQLite and against a PostgreSQL cluster started in the chroot:
#   burgernetctl --version, a demo register, an area count, and the console offscreen with
#   --screenshot.
#
# Usage (as root):  packaging/chroot-test.sh BUILD_DIR
#
# Needs debootstrap (apt-get install debootstrap) and Debian's archive (deb.debian.org, or
# $BURGERNET_MIRROR). The base system is cached as a tarball under /var/cache/burgernet-chroot
# and the chroot's downloaded packages there too, so a second run takes a minute or two.
# Not part of the test suite (too slow); see README, "Packaging".
#
# Environment:
#   BURGERNET_MIRROR         Debian mirror (default http://deb.debian.org/debian)
#   BURGERNET_CHROOT_CACHE   cache folder (default /var/cache/burgernet-chroot)
#   BURGERNET_KEEP_CHROOT=1  keep the chroot for inspection

set -euo pipefail

readonly suite=bookworm
readonly mirror=${BURGERNET_MIRROR:-http://deb.debian.org/debian}
readonly cache=${BURGERNET_CHROOT_CACHE:-/var/cache/burgernet-chroot}
readonly base_tarball=$cache/$suite-base.tar
readonly participants=2000
# Utrecht Centraal, 3 km: inside the demo population.
readonly circle=52.0894,5.1100,3000

note() { printf 'chroot-test: %s\n' "$*"; }
fail() {
    printf 'chroot-test: FAIL: %s\n' "$*" >&2
    exit 1
}

[[ $# -eq 1 ]] || { printf 'usage: %s BUILD_DIR\n' "$(basename "$0")" >&2; exit 2; }
[[ $(id -u) -eq 0 ]] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap not found: apt-get install debootstrap"
build_dir=$(cd -- "$1" && pwd) || fail "build folder '$1' does not exist"
[[ -f $build_dir/CPackConfig.cmake ]] || fail "$build_dir is not a configured build folder"

work=$(mktemp -d "${TMPDIR:-/tmp}/burgernet-chroot.XXXXXX")
root=$work/root
mounted=()
cleanup() {
    set +e
    if [[ -x $root/usr/bin/pg_ctlcluster ]]; then
        chroot "$root" pg_ctlcluster 15 main stop >/dev/null 2>&1
    fi
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount -l "${mounted[i]}"
    done
    if [[ ${BURGERNET_KEEP_CHROOT:-0} == 1 ]]; then
        note "kept $work"
    else
        rm -rf --one-file-system -- "$work"
    fi
}
trap cleanup EXIT
mount_in() { # mount_in TARGET mount-arguments...
    local target=$1
    shift
    mkdir -p -- "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

started=$SECONDS
# --- 1. the package -----------------------------------------------------------------
note "building the package"
mkdir -p "$work/out"
(cd "$build_dir" && cpack -G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake") \
    >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work"/out/*.deb)
[[ -f ${debs[0]} ]] || fail "cpack wrote no .deb"
deb=${debs[0]}
note "package: $(basename "$deb"), Depends: $(dpkg-deb --field "$deb" Depends)"

# --- 2. a fresh Debian 12 -------------------------------------------------------------
mkdir -p "$cache/archives/partial"
if [[ ! -s $base_tarball ]]; then
    note "debootstrap $suite from $mirror (once; cached as $base_tarball)"
    debootstrap --variant=minbase --make-tarball="$base_tarball.new" "$suite" "$work/bootstrap" \
        "$mirror" >"$work/debootstrap.log" 2>&1 \
        || { tail -30 "$work/debootstrap.log" >&2; fail "debootstrap --make-tarball failed"; }
    mv "$base_tarball.new" "$base_tarball"
    rm -rf "$work/bootstrap"
fi
note "unpacking a fresh $suite"
debootstrap --variant=minbase --unpack-tarball="$base_tarball" "$suite" "$root" "$mirror" \
    >"$work/debootstrap.log" 2>&1 || { tail -30 "$work/debootstrap.log" >&2; fail "debootstrap failed"; }

mount_in "$root/proc" -t proc proc
mount_in "$root/dev" --bind /dev
mount_in "$root/dev/pts" --bind /dev/pts
mount_in "$root/sys" --bind /sys
mount_in "$root/var/cache/apt/archives" --bind "$cache/archives"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "deb $mirror $suite main" >"$root/etc/apt/sources.list"
# No service starts by itself in the chroot; the test starts PostgreSQL's cluster explicitly.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"

in_chroot() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen "$@"
}

# --- 3. apt-get install ./….deb ----------------------------------------------------------
note "apt-get install ./$(basename "$deb") postgresql"
in_chroot apt-get update >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get update failed"; }
in_chroot apt-get install -y --no-install-recommends "./tmp/$(basename "$deb")" postgresql \
    >>"$work/apt.log" 2>&1 || { tail -40 "$work/apt.log" >&2; fail "apt-get install failed"; }
grep -E '^(Setting up|Unpacking) burgernet-console' "$work/apt.log" | sed 's/^/  /'
note "installed: $(in_chroot dpkg-query -W -f='${Package} ${Version}' burgernet-console)"

# --- 4. the programs, on SQLite and on PostgreSQL --------------------------------------
check_register() { # check_register LABEL DB-ARGUMENT...
    local label=$1
    shift
    note "[$label] burgernetctl $* demo --participants $participants"
    in_chroot timeout 300 burgernetctl "$@" demo --participants "$participants" >"$work/demo.log" 2>&1 \
        || { cat "$work/demo.log" >&2; fail "[$label] demo failed"; }
    note "[$label] burgernetctl $* area count --circle $circle --json"
    local count
    count=$(in_chroot timeout 120 burgernetctl "$@" area count --circle "$circle" --json) \
        || fail "[$label] area count failed"
    note "[$label] area count: $count"
    [[ $count =~ \"participants\":\ ?([0-9]+) ]] && ((BASH_REMATCH[1] > 0)) \
        || fail "[$label] nobody in the area"
    local shot=/tmp/shot-$label.png
    note "[$label] burgernet-console $* --screenshot $shot"
    in_chroot timeout 180 burgernet-console "$@" --screenshot "$shot" --size 1024x700 \
        --demo-participants 0 >"$work/console.log" 2>&1 \
        || { cat "$work/console.log" >&2; fail "[$label] the console failed"; }
    local kind
    kind=$(file -b "$root$shot")
    note "[$label] screenshot: $kind"
    [[ $kind == "PNG image data, 1024 x 700"* ]] || fail "[$label] no 1024 x 700 screenshot"
    cp "$root$shot" "$cache/screenshot-$label.png"
}

version=$(in_chroot burgernetctl --version) || fail "burgernetctl --version failed"
note "burgernetctl --version: $version"

check_register sqlite --db /root/register.sqlite

# The chroot shares the machine's network: a port of its own, away from any server there.
readonly pgport=54329
note "starting PostgreSQL 15 in the chroot on port $pgport"
sed -i "s/^port = .*/port = $pgport/" "$root/etc/postgresql/15/main/postgresql.conf"
in_chroot pg_ctlcluster 15 main start || fail "the PostgreSQL cluster did not start"
in_chroot su postgres -c "psql -p $pgport -q -c \"CREATE ROLE burgernet LOGIN PASSWORD 'burgernet'\"" \
    || fail "creating the role failed"
in_chroot su postgres -c "createdb -p $pgport -O burgernet burgernet" || fail "createdb failed"
check_register postgresql --db postgresql://burgernet:burgernet@127.0.0.1:$pgport/burgernet

note "OK in $((SECONDS - started)) s: $(basename "$deb") installs with apt-get on a fresh $suite" \
    "and runs on SQLite and PostgreSQL"
