#!/usr/bin/env bash
# Configures (once) and builds the fuzz tree: clang-14 with libFuzzer, AddressSanitizer and
# UBSan, only the fuzz targets and the libraries they need.
#   tests/fuzz/build.sh [SOURCE_DIR [FUZZ_BUILD_DIR]]   (default: this checkout, build/fuzz)
set -euo pipefail
src=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
dir=${2:-$src/build/fuzz}
if [[ ! -f $dir/build.ninja ]]; then
    cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++-14 -DBURGERNET_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$dir" --target fuzzers --parallel "${BURGERNET_FUZZ_JOBS:-2}"
