#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
#
# Builds the Debian package of a configured and built tree with CPack, checks its control
# fields and contents, and starts both programs from the unpacked package.
#
# Usage: check-deb.sh BUILD_DIR [CONFIG]
#
#   BUILD_DIR  the top-level build folder (the one holding CPackConfig.cmake)
#   CONFIG     optional build configuration, passed to cpack -C (multi-config generators)
#
# Environment:
#   CPACK                       cpack to run (default: cpack from PATH)
#   BURGERNET_EXPECTED_VERSION  expected package version (default: read from CPackConfig.cmake)
#   BURGERNET_KEEP_TMP=1        keep the temporary folder for inspection
#
# The package is written to a temporary folder that is removed afterwards; in the build folder
# only cpack's install step writes install_manifest.txt, as `cmake --install` does.

set -euo pipefail

readonly package=burgernet-console
readonly app_id=nl.burgernet.Console
# Run-time dependencies that dpkg-shlibdeps cannot see, listed in packaging/CMakeLists.txt.
readonly explicit_depends=(libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-translations-l10n)
# Patterns for dependencies that dpkg-shlibdeps must have found in the binaries.
readonly shlib_depends=('libc6' 'libqt6core6*' 'libqt6widgets6*' 'libpq5')

note() { printf 'check-deb: %s\n' "$*"; }
fail() {
    printf 'check-deb: FAIL: %s\n' "$*" >&2
    exit 1
}
# Prints a log file to stderr, for when the step that wrote it went wrong.
show_log() {
    printf -- '----- %s -----\n' "$(basename "$1")" >&2
    cat -- "$1" >&2 || true
    printf -- '-----\n' >&2
}

if [[ $# -lt 1 || $# -gt 2 || -z $1 ]]; then
    printf 'usage: %s BUILD_DIR [CONFIG]\n' "$(basename "$0")" >&2
    exit 2
fi
build_dir=$(cd -- "$1" && pwd) || fail "build folder '$1' does not exist"
config=${2:-}
cpack=${CPACK:-cpack}

for tool in "$cpack" dpkg-deb file timeout; do
    command -v -- "$tool" >/dev/null || fail "required program not found: $tool"
done
[[ -f $build_dir/CPackConfig.cmake ]] \
    || fail "$build_dir/CPackConfig.cmake not found; is '$build_dir' a configured build folder?"

version=${BURGERNET_EXPECTED_VERSION:-}
if [[ -z $version ]]; then
    version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build_dir/CPackConfig.cmake")
fi
[[ -n $version ]] || fail "could not tell the expected version; set BURGERNET_EXPECTED_VERSION"

work=$(mktemp -d "${TMPDIR:-/tmp}/burgernet-check-deb.XXXXXX")
cleanup() {
    if [[ ${BURGERNET_KEEP_TMP:-0} == 1 ]]; then
        note "kept temporary folder $work"
    else
        chmod -R u+w -- "$work" 2>/dev/null || true
        rm -rf -- "$work"
    fi
}
trap cleanup EXIT

out=$work/out    # cpack output (and its _CPack_Packages staging folder)
root=$work/root  # the unpacked package
home=$work/home  # HOME and XDG folders for the programs
mkdir -p -- "$out" "$root" "$home/data" "$home/config" "$home/cache" "$home/runtime"
chmod 700 -- "$home/runtime"

# --- 1. build the package -------------------------------------------------------------
note "building the package with $cpack in $out"
cpack_args=(-G DEB -B "$out" --config "$build_dir/CPackConfig.cmake")
if [[ -n $config ]]; then
    cpack_args+=(-C "$config")
fi
if ! (cd -- "$build_dir" && "$cpack" "${cpack_args[@]}") >"$work/cpack.log" 2>&1; then
    show_log "$work/cpack.log"
    fail "cpack -G DEB failed"
fi

shopt -s nullglob
debs=("$out"/*.deb)
shopt -u nullglob
if [[ ${#debs[@]} -ne 1 ]]; then
    show_log "$work/cpack.log"
    fail "expected exactly one .deb in $out, found ${#debs[@]}: ${debs[*]:-none}"
fi
deb=${debs[0]}
note "package: $(basename "$deb")"

# --- 2. control fields ---------------------------------------------------------------
dpkg-deb --info "$deb" >"$work/info.txt" || fail "dpkg-deb --info failed on $deb"
cat "$work/info.txt"

field() { dpkg-deb --field "$deb" "$1"; }

[[ $(field Package) == "$package" ]] || fail "Package is '$(field Package)', expected '$package'"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', expected '$version'"
arch=$(field Architecture)
[[ $(basename "$deb") == "${package}_${version}_${arch}.deb" ]] \
    || fail "file name '$(basename "$deb")' is not the Debian default '${package}_${version}_${arch}.deb'"

depends=$(field Depends)
[[ -n $depends ]] || fail "the package has no Depends field"
# Package names in Depends, without version constraints or architecture qualifiers;
# alternatives ("a | b") count as separate names.
mapfile -t depend_names < <(tr ',|' '\n' <<<"$depends" \
    | sed -E 's/\(.*\)//; s/:[a-z0-9]+//; s/^[[:space:]]+//; s/[[:space:]]+$//' \
    | grep -v '^$')
has_depend() {
    local name
    for name in "${depend_names[@]}"; do
        # shellcheck disable=SC2053 # $1 is a glob pattern on purpose
        [[ $name == $1 ]] && return 0
    done
    return 1
}
for dep in "${explicit_depends[@]}"; do
    has_depend "$dep" || fail "Depends lacks $dep: $depends"
done
for dep in "${shlib_depends[@]}"; do
    has_depend "$dep" || fail "Depends lacks a package matching $dep (from dpkg-shlibdeps): $depends"
done

# --- 3. contents -----------------------------------------------------------------------
dpkg-deb -x "$deb" "$root" || fail "dpkg-deb -x failed on $deb"

top_level=$(find "$root" -mindepth 1 -maxdepth 1 -printf '%f\n' | sort | tr '\n' ' ')
[[ $top_level == "usr " ]] || fail "the package should install only below /usr, it has: $top_level"
[[ ! -e $root/usr/local ]] || fail "the package installs into /usr/local"

desktop_file=usr/share/applications/$app_id.desktop
metainfo_file=usr/share/metainfo/$app_id.metainfo.xml
icon_file=usr/share/icons/hicolor/scalable/apps/$app_id.svg
for path in "$desktop_file" "$metainfo_file" "$icon_file" "usr/share/doc/$package/LICENSE"; do
    [[ -f $root/$path && ! -L $root/$path && -s $root/$path ]] \
        || fail "/$path is missing from the package, empty or a symbolic link"
done
for program in burgernet-console burgernetctl; do
    [[ -f $root/usr/bin/$program && -x $root/usr/bin/$program ]] \
        || fail "/usr/bin/$program is missing from the package or not executable"
done

# The desktop entry, icon and metainfo have to refer to each other by the right names.
grep -qx "Exec=burgernet-console" "$root/$desktop_file" \
    || fail "$desktop_file does not start burgernet-console"
grep -qx "Icon=$app_id" "$root/$desktop_file" || fail "$desktop_file does not use the icon $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/$metainfo_file" \
    || fail "$metainfo_file does not launch $app_id.desktop"
grep -q "<release version=\"$version\"" "$root/$metainfo_file" \
    || fail "$metainfo_file has no release entry for version $version"
grep -q '<svg' "$root/$icon_file" || fail "$icon_file is not an SVG image"

# --- 4. start the programs from the unpacked package --------------------------------------
# A clean environment, so that the programs rely only on what is installed on the system
# (as after installing the package) and on nothing from the build or the caller's session.
run_clean() {
    env -i \
        PATH="$root/usr/bin:/usr/local/bin:/usr/bin:/bin" \
        HOME="$home" \
        XDG_DATA_HOME="$home/data" \
        XDG_CONFIG_HOME="$home/config" \
        XDG_CACHE_HOME="$home/cache" \
        XDG_RUNTIME_DIR="$home/runtime" \
        XDG_DATA_DIRS="$root/usr/share:/usr/local/share:/usr/share" \
        LANG=C.UTF-8 \
        QT_QPA_PLATFORM=offscreen \
        "$@"
}

note "running burgernetctl --version"
status=0
run_clean timeout 60 "$root/usr/bin/burgernetctl" --version >"$work/ctl.log" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    show_log "$work/ctl.log"
    fail "burgernetctl --version exited with status $status"
fi
cat "$work/ctl.log"
grep -qF -- "$version" "$work/ctl.log" || fail "burgernetctl --version does not print the version $version"

note "running burgernet-console --screenshot"
shot=$work/shot.png
status=0
run_clean timeout 120 "$root/usr/bin/burgernet-console" --screenshot "$shot" --size 1280x720 --demo-participants 500 \
    >"$work/console.log" 2>&1 || status=$?
if [[ $status -ne 0 ]]; then
    show_log "$work/console.log"
    [[ $status -eq 124 ]] && fail "burgernet-console --screenshot did not exit within 120 s"
    fail "burgernet-console --screenshot exited with status $status"
fi
[[ -s $shot ]] || { show_log "$work/console.log"; fail "burgernet-console wrote no screenshot"; }
kind=$(file -b -- "$shot")
note "screenshot: $kind"
[[ $kind == "PNG image data, 1280 x 720"* ]] || fail "the screenshot is not a 1280 x 720 PNG (the smallest screen the window is made for): $kind"

note "OK: $(basename "$deb") builds, holds the expected files and its programs start"
