#!/usr/bin/env bash
# Builds Quire with AddressSanitizer + UndefinedBehaviorSanitizer (-DQUIRE_SANITIZE=ON) and runs the
# whole ctest suite under them. Any sanitizer report fails the run. Extra arguments go to cmake.
#   QUIRE_BUILD_DIR  build directory (default: build-asan)
#   CI=true          warnings are errors
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# strace lets tst_durable watch the sync calls of --durable (it skips without it).
scripts/install-deps.sh strace
build=${QUIRE_BUILD_DIR:-build-asan}
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
start=$SECONDS
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_SANITIZE=ON -DQUIRE_WERROR=$werror "$@"
cmake --build "$build"
echo "ci-sanitize: build took $((SECONDS - start)) s"

# abort_on_error gives a core-style exit the test harness cannot mistake for a normal failure;
# detect_leaks stays on, with suppressions only for one-time allocations Qt keeps until exit.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:check_initialization_order=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen
start=$SECONDS
status=0
# The manual, package and Slurm tests check documents, packages and a scheduler, not memory, and the slow one walks
# 40,000,000 model cells: stage 1 runs them.
ctest --test-dir "$build" --output-on-failure --timeout 1200 -LE "^(manual|package|slurm|slow)$" || status=$?
echo "ci-sanitize: tests took $((SECONDS - start)) s"
exit $status
