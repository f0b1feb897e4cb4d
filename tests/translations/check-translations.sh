#!/usr/bin/env bash
# Fails when a user-visible string has no Dutch translation: merges the strings of the sources
# into a copy of translations/burgernet_nl.ts with lupdate and lists those left unfinished
# (new strings arrive unfinished).
#   check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=${1:?lupdate}
src=${2:?source dir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$src/translations/burgernet_nl.ts" "$tmp/burgernet_nl.ts"
"$lupdate" -no-obsolete -locations none -I "$src" "$src/app" "$src/ui" \
    -ts "$tmp/burgernet_nl.ts" >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; exit 1; }
unfinished=$(grep -c 'type="unfinished"' "$tmp/burgernet_nl.ts" || true)
if [[ "$unfinished" -ne 0 ]]; then
    echo "$unfinished Dutch translations are unfinished:"
    grep -B3 'type="unfinished"' "$tmp/burgernet_nl.ts" | grep '<source>' | head -40
    exit 1
fi
messages=$(grep -c '<message' "$tmp/burgernet_nl.ts" || true)
echo "burgernet_nl.ts: $messages messages, all translated"
