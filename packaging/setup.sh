#!/usr/bin/env bash
# BranchDesk set-up for a fresh Debian 12 (bookworm) machine. Idempotent: run it again
# and it only does what is still missing.
#
#   ./packaging/setup.sh run [ARGS...]  install missing packages, build, start branchdesk
#   ./packaging/setup.sh test           install missing packages, build all, run every test
#                                       (ctest, then the benchmarks: ctest -C Bench -L bench)
#   ./packaging/setup.sh deps           only install the missing Debian packages
#   ./packaging/setup.sh build          deps, then build everything
#   ./packaging/setup.sh package        deps, build, then make the .deb (CPack)
#
# Root or sudo is needed only when a package is missing. Environment:
#   BRANCHDESK_BUILD_DIR  build directory (default: <repo>/build)
#   BRANCHDESK_BUILD_TYPE CMake build type (default: Release)
#   BRANCHDESK_JOBS       parallel compile jobs (default: number of CPUs)
#   BRANCHDESK_TEST_JOBS  parallel tests (default: 2)
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BRANCHDESK_BUILD_DIR:-$ROOT_DIR/build}
BUILD_TYPE=${BRANCHDESK_BUILD_TYPE:-Release}
JOBS=${BRANCHDESK_JOBS:-$(nproc 2>/dev/null || echo 2)}
TEST_JOBS=${BRANCHDESK_TEST_JOBS:-2}
TEST_TIMEOUT=${BRANCHDESK_TEST_TIMEOUT:-900}

# Everything the build, the tests and the packaging need on Debian 12.
PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config libopencc-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libgl-dev libqt6svg6
    qt6-qpa-plugins
    libqcustomplot-dev libsqlite3-dev sqlite3 libargon2-dev libsodium-dev
    postgresql haproxy pgbouncer curl
    postgresql-15-auto-failover pg-auto-failover-cli
    unicode-data bzip2 fonts-noto-cjk
    xvfb xauth imagemagick
    appstream desktop-file-utils dpkg-dev file
    clang-14 libclang-rt-14-dev
)

say() { printf '==> %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

usage() {
    # The comment block at the top of this file.
    awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "${BASH_SOURCE[0]}"
}

# Runs a command as root: directly when we are root (CI, containers without sudo),
# through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root to run '$*': run this script as root or install sudo"
    fi
}

is_installed() {
    [ "$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)" = "installed" ]
}

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        say "no dpkg/apt-get: not a Debian system, skipping package installation"
        say "install the equivalents of: ${PACKAGES[*]}"
        return 0
    fi
    local missing=()
    local package
    for package in "${PACKAGES[@]}"; do
        is_installed "$package" || missing+=("$package")
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        say "all ${#PACKAGES[@]} Debian packages are installed"
        return 0
    fi
    say "missing Debian packages: ${missing[*]}"
    say "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update
    say "apt-get install --no-install-recommends ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

configure() {
    local args=(-S "$ROOT_DIR" -B "$BUILD_DIR")
    # A new build directory gets Ninja and the build type; an existing one keeps its
    # generator and, unless BRANCHDESK_BUILD_TYPE is set, its build type.
    # ccache is picked up by CMakeLists.txt itself.
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        args+=(-G Ninja "-DCMAKE_BUILD_TYPE=$BUILD_TYPE")
    elif [ -n "${BRANCHDESK_BUILD_TYPE:-}" ]; then
        args+=("-DCMAKE_BUILD_TYPE=$BUILD_TYPE")
    fi
    say "cmake ${args[*]}"
    cmake "${args[@]}"
}

build() {
    say "cmake --build $BUILD_DIR --parallel $JOBS $*"
    cmake --build "$BUILD_DIR" --parallel "$JOBS" "$@"
}

find_program_in_build() {
    find "$BUILD_DIR" -path '*/CMakeFiles' -prune -o -type f -name "$1" -perm -u+x -print \
        | head -n 1
}

cmd_run() {
    install_packages
    configure
    build --target branchdesk
    local program
    program=$(find_program_in_build branchdesk)
    [ -n "$program" ] || die "branchdesk was not built under $BUILD_DIR"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
            && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        die "no display (DISPLAY/WAYLAND_DISPLAY unset): start $program from a desktop session, or run: xvfb-run $program"
    fi
    say "starting $program${*:+ $*} (the first start creates a demo branch database)"
    exec "$program" "$@"
}

cmd_test() {
    install_packages
    configure
    build
    # The default run: unit, gui, integration, topology (several servers, PostgreSQL with
    # a standby, HAProxy), fuzz-corpus and packaging tests. The benchmarks are registered
    # for the "Bench" configuration only, so a plain ctest (a developer's) skips them; here
    # they run after it, each with its small N.
    say "ctest --test-dir $BUILD_DIR --output-on-failure --parallel $TEST_JOBS --timeout $TEST_TIMEOUT"
    local status=0
    ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$TEST_JOBS" \
        --timeout "$TEST_TIMEOUT" || status=$?
    say "ctest --test-dir $BUILD_DIR -C Bench -L bench (benchmarks, small N)"
    local bench_status=0
    ctest --test-dir "$BUILD_DIR" -C Bench -L bench --output-on-failure \
        --timeout "$TEST_TIMEOUT" || bench_status=$?
    [ "$status" -ne 0 ] || status=$bench_status
    if [ "$status" -eq 0 ]; then
        say "all tests passed"
    else
        say "ctest failed with exit code $status"
    fi
    return "$status"
}

cmd_package() {
    install_packages
    configure
    build
    build --target package
    say "packages in $BUILD_DIR:"
    ls -1 "$BUILD_DIR"/*.deb
}

main() {
    local command=${1:-}
    if [ $# -gt 0 ]; then shift; fi
    case "$command" in
        run) cmd_run "$@" ;;
        test) cmd_test ;;
        deps) install_packages ;;
        build) install_packages; configure; build ;;
        package) cmd_package ;;
        -h|--help|help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
