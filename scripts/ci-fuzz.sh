#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (-DQUIRE_FUZZ=ON) and runs each one for a bounded time on
# a copy of its seed corpus (tests/fuzz/corpus/<target>/). Fails on any crash, sanitizer report,
# leak, timeout or out-of-memory; the reproducer is kept in the artifact folder.
#   QUIRE_FUZZ_SECONDS    time per target (default 60)
#   QUIRE_FUZZ_BUILD_DIR  build directory (default: build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# 45 s per target, two at once on 2 cores: four targets in about a minute and a half, to keep .ci/run
# under 45 minutes on 2 cores.
seconds=${QUIRE_FUZZ_SECONDS:-45}
build=${QUIRE_FUZZ_BUILD_DIR:-build-fuzz}
artifacts=${QUIRE_FUZZ_ARTIFACTS:-$build/fuzz-artifacts}

scripts/install-deps.sh clang
# libFuzzer's runtime ships in libclang-rt-N-dev on Debian 12 (a recommendation of clang-N, which
# install-deps.sh does not pull in); older releases have it in libclang-common-N-dev.
clang_major=$(clang++ --version | sed -n 's/.*clang version \([0-9]*\).*/\1/p' | head -n1)
if apt-cache show "libclang-rt-$clang_major-dev" >/dev/null 2>&1; then
    scripts/install-deps.sh "libclang-rt-$clang_major-dev"
fi

start=$SECONDS
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUIRE_FUZZ=ON \
    -DQUIRE_BUILD_GUI=OFF -DQUIRE_BUILD_TESTS=OFF "$@"
targets=(fuzz_template fuzz_jobspec fuzz_cliparser fuzz_csv)
cmake --build "$build" --target "${targets[@]}"
echo "ci-fuzz: build took $((SECONDS - start)) s"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:${ASAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
mkdir -p "$artifacts"
# One target per core at once (each fuzzer is single-threaded): the same fuzzing time per target in half
# the wall time on 2 cores.
fuzz_one() {
    local target=$1 binary corpus dict=()
    binary=$(find "$build" -type f -name "$target" -perm -u+x | head -n1)
    if [ -z "$binary" ]; then
        echo "ci-fuzz: $target was not built" >&2
        return 1
    fi
    corpus=$(mktemp -d)
    cp -R "tests/fuzz/corpus/${target#fuzz_}/." "$corpus/"
    echo "ci-fuzz: running $target for $seconds s on $(ls "$corpus" | wc -l) seeds"
    [ -f "tests/fuzz/dict/${target#fuzz_}.dict" ] && dict=(-dict="tests/fuzz/dict/${target#fuzz_}.dict")
    if ! "$binary" "${dict[@]}" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
            -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" 2>"$artifacts/$target.log"; then
        tail -n 60 "$artifacts/$target.log" >&2
        echo "ci-fuzz: $target FAILED; reproducer: $(ls "$artifacts"/"$target"-* 2>/dev/null | head -n1)" >&2
        rm -rf "$corpus"
        return 1
    fi
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$artifacts/$target.log" || true
    echo "ci-fuzz: $target passed: corpus grew to $(ls "$corpus" | wc -l) inputs"
    rm -rf "$corpus"
}

status=0
parallel=$(nproc)
pids=()
for target in "${targets[@]}"; do
    fuzz_one "$target" &
    pids+=($!)
    if [ ${#pids[@]} -ge "$parallel" ]; then
        wait "${pids[0]}" || status=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
exit $status
