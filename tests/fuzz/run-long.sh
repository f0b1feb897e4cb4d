#!/usr/bin/env bash
# The long fuzzing campaign: builds the fuzz tree, then runs every target (or the ones named)
# for SECONDS each, one after another, each on its corpus grown by the earlier runs
# (build/fuzz/long/<target>/corpus), and prints a table per target: CPU time, executions,
# coverage (libFuzzer's cov and ft), crashes. A crash's input is in build/fuzz/long/<target>/.
#   tests/fuzz/run-long.sh 3600                      every target for an hour
#   tests/fuzz/run-long.sh 600 participant_csv cap_roundtrip
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
dir=${BURGERNET_FUZZ_BUILD:-$src/build/fuzz}
seconds=${1:?usage: run-long.sh SECONDS [target...]}
shift
"$here/build.sh" "$src" "$dir" || exit 1
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    mapfile -t targets < <(ls "$here/corpus")
fi
printf '%-18s %8s %9s %12s %7s %8s %8s\n' target seconds cpu_s executions cov ft crashes
for t in "${targets[@]}"; do
    work=$dir/long/$t
    mkdir -p "$work/corpus" "$work/crashes"
    cp -rn "$here/corpus/$t"/. "$work/corpus/"
    [[ -d $here/regressions/$t ]] && cp -rn "$here/regressions/$t"/. "$work/corpus/"
    dict=()
    [[ -f $here/dict/$t.dict ]] && dict=(-dict="$here/dict/$t.dict")
    start=$(date +%s)
    # -fork keeps going after a crash (each one saved); the CPU time is the children's.
    /usr/bin/time -f '%U %S' -o "$work/cpu" "$dir/bin/fuzz_$t" -max_total_time="$seconds" \
        -timeout=1 -rss_limit_mb=2048 -print_final_stats=1 -fork=1 -ignore_crashes=1 \
        -ignore_timeouts=1 -ignore_ooms=1 -artifact_prefix="$work/crashes/" "${dict[@]}" "$work/corpus" \
        >"$work/log" 2>&1
    wall=$(($(date +%s) - start))
    cpu=$(awk '{printf "%.0f", $1 + $2}' "$work/cpu")
    last=$(grep -E '^#[0-9]+' "$work/log" | tail -n 1)
    execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$last")
    crashes=$(find "$work/crashes" -type f | wc -l)
    printf '%-18s %8s %9s %12s %7s %8s %8s\n' "$t" "$wall" "$cpu" "${execs:-?}" "${cov:-?}" \
        "${ft:-?}" "$crashes"
done
