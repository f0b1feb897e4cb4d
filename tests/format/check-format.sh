#!/usr/bin/env bash
# Fails when a C++ source of the project is not formatted as .clang-format says, naming the
# files (fix with `clang-format -i FILE`).
#   check-format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=${1:?clang-format}
src=${2:?source dir}
cd "$src"
mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'tests/*.cpp' \
    'tests/*.h' 'translations/*.cpp' 'translations/*.h' 2>/dev/null ||
    find app ui tests translations -name '*.cpp' -o -name '*.h')
bad=()
for f in "${files[@]}"; do
    [[ -f "$f" ]] || continue
    if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
        bad+=("$f")
    fi
done
if [[ ${#bad[@]} -ne 0 ]]; then
    echo "${#bad[@]} file(s) not formatted (clang-format -i):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
