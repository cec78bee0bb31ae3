#!/usr/bin/env bash
# Installs what is missing, builds Quire with every test, and runs the whole suite through ctest.
# CI=true turns compiler warnings into errors.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
build=${QUIRE_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_WERROR=$werror "$@"
cmake --build "$build"
# QUIRE_CTEST_ARGS: extra ctest arguments (the CI uses it to leave out labels another stage covers).
# One test per core: the tests that must run alone (the Slurm cluster) say so (RUN_SERIAL).
# shellcheck disable=SC2086
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --timeout 600 -j "$(nproc)" ${QUIRE_CTEST_ARGS:-}
