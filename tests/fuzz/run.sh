#!/usr/bin/env bash
# Runs one fuzz target for SECONDS on a fresh copy of its seeds and of the saved crashes
# (tests/fuzz/regressions/<target>), in WORK_DIR. Fails on a crash, a leak or an input that
# takes more than a second; the input is then in WORK_DIR/artifacts. Prints libFuzzer's
# final figures and the CPU time.
#   tests/fuzz/run.sh FUZZER SEEDS_DIR WORK_DIR SECONDS [libFuzzer options]
set -euo pipefail
fuzzer=$1 seeds=$2 work=$3 seconds=$4
shift 4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
name=$(basename "$seeds")
rm -rf "$work/corpus"
mkdir -p "$work/corpus" "$work/artifacts"
cp -r "$seeds"/. "$work/corpus/"
if [[ -d $here/regressions/$name ]]; then
    cp -r "$here/regressions/$name"/. "$work/corpus/"
fi
dict=()
[[ -f $here/dict/$name.dict ]] && dict=(-dict="$here/dict/$name.dict")
TIMEFORMAT="cpu_seconds: %U user %S system, %R wall"
time "$fuzzer" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/artifacts/" "${dict[@]}" "$@" "$work/corpus" 2>"$work/log" || {
    status=$?
    tail -n 60 "$work/log"
    exit $status
}
grep -E '^#[0-9]+[[:space:]]+DONE|^stat::' "$work/log" || tail -n 5 "$work/log"
