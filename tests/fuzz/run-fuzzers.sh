#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer)
# in a build directory of their own and runs each for a bounded time, starting from its seed
# corpus in tests/fuzz/corpus/<target>/. Exits non-zero if any target crashes, leaks memory
# out of bounds, hits undefined behaviour or hangs; the input that did it is left in
# $BRANCHDESK_FUZZ_DIR/artifacts/<target>/ and can be replayed with the normal build:
#   build/tests/fuzz/fuzz_<target> path/to/crash-file
#
# Environment:
#   BRANCHDESK_FUZZ_DIR      build directory (default: <repo>/build-fuzz)
#   BRANCHDESK_FUZZ_SECONDS  time per target (default: 60)
#   BRANCHDESK_FUZZ_TARGETS  space-separated subset (default: all, from fuzz-targets.txt)
#   BRANCHDESK_FUZZ_SEED     libFuzzer's seed (default: 1, so that a CI run can be replayed
#                            step for step; "random" lets libFuzzer pick one and print it -
#                            use that, with more seconds, to hunt)
#   BRANCHDESK_JOBS          parallel compile jobs (default: number of CPUs)
#   CLANG_CXX                the compiler (default: clang++-14, else clang++)
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FUZZ_DIR=${BRANCHDESK_FUZZ_DIR:-$ROOT_DIR/build-fuzz}
SECONDS_PER_TARGET=${BRANCHDESK_FUZZ_SECONDS:-60}
SEED=${BRANCHDESK_FUZZ_SEED:-1}
JOBS=${BRANCHDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}
CXX_COMPILER=${CLANG_CXX:-$(command -v clang++-14 || command -v clang++ || true)}

say() { printf '==> fuzz: %s\n' "$*"; }
[ -n "$CXX_COMPILER" ] || { echo "run-fuzzers.sh: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }

# Qt and the build tools leak a little on purpose at exit; overflows and UB still abort.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 BRANCHDESK_TEST=1
# A fixed hash seed keeps a run's path the same for the same libFuzzer seed.
export QT_HASH_SEED=${QT_HASH_SEED:-0}
seed_option=()
[ "$SEED" = random ] || seed_option=(-seed="$SEED")

say "configuring $FUZZ_DIR with $CXX_COMPILER"
cmake -S "$ROOT_DIR" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$CXX_COMPILER" -DBRANCHDESK_FUZZ=ON -DBRANCHDESK_BUILD_TESTS=OFF \
    -DBRANCHDESK_BUILD_SERVER=OFF >/dev/null

if [ -n "${BRANCHDESK_FUZZ_TARGETS:-}" ]; then
    read -r -a targets <<< "$BRANCHDESK_FUZZ_TARGETS"
else
    mapfile -t targets < "$FUZZ_DIR/tests/fuzz/fuzz-targets.txt"
fi
build_targets=()
for target in "${targets[@]}"; do
    [ -n "$target" ] && build_targets+=("fuzz_$target")
done
say "building ${build_targets[*]}"
cmake --build "$FUZZ_DIR" --parallel "$JOBS" --target "${build_targets[@]}"

status=0
for target in "${targets[@]}"; do
    [ -n "$target" ] || continue
    program="$FUZZ_DIR/tests/fuzz/fuzz_$target"
    corpus="$FUZZ_DIR/corpus/$target"         # grows while fuzzing; the seeds stay as they are
    artifacts="$FUZZ_DIR/artifacts/$target/"
    mkdir -p "$corpus" "$artifacts"
    say "$target for ${SECONDS_PER_TARGET}s (seed $SEED)"
    if ! "$program" "${seed_option[@]}" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -print_final_stats=1 -artifact_prefix="$artifacts" \
            "$corpus" "$ROOT_DIR/tests/fuzz/corpus/$target" \
            > "$FUZZ_DIR/$target.log" 2>&1; then
        say "$target FAILED: see $FUZZ_DIR/$target.log and $artifacts"
        tail -n 60 "$FUZZ_DIR/$target.log" >&2
        status=1
    else
        say "$target: no crash ($(grep -E '^stat::number_of_executed_units' "$FUZZ_DIR/$target.log" | awk '{print $2}') runs)"
    fi
done
exit "$status"
