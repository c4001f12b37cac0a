#!/usr/bin/env bash
# The test suite under a sanitizer or a runtime stress mode, one command each:
#
#   tests/sanitize.sh asan     [--subset] [run.py args...]  AddressSanitizer + UBSan (build-asan)
#   tests/sanitize.sh tsan     [--subset] [run.py args...]  ThreadSanitizer, GOMAXPROCS=2 (build-tsan)
#   tests/sanitize.sh gcstress [--subset] [run.py args...]  a collection at every new span (build)
#   tests/sanitize.sh preempt  [--subset] [run.py args...]  a goroutine switch at every safepoint (build)
#
# Each configures and builds its directory when needed (gcc; tools/build.sh
# installs what is missing), then runs tests/run.py over the whole suite (and,
# for asan, meson's C unit tests in that build), unless --subset or filters
# narrow it. --subset is what tests/check.sh runs in CI: for asan the run tests
# and samples, for tsan the run tests that start goroutines (goroutines, chan,
# select, sync, gc, stdlib), for the stress modes the run tests and samples.
# The last line is run.py's `N passed, N failed, N skipped`; exit status 1 when
# anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
shift $(($# > 0 ? 1 : 0))
subset=0
if [ "${1:-}" = --subset ]; then subset=1; shift; fi

case "$mode" in
asan)
    dir=build-asan
    opts=(-Db_sanitize=address,undefined -Db_lundef=false)
    args=(--golite "$dir/golite" --timeout 120)
    [ $subset = 1 ] && set -- run samples "$@" || args+=(--meson-unit "$dir")
    # a sanitizer report is fatal, so it shows as a failing test
    export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
    ;;
tsan)
    dir=build-tsan
    opts=(-Db_sanitize=thread -Db_lundef=false)
    # Two kinds of test are beyond ThreadSanitizer: a program whose point is its own
    # data race (concurrent map writes: TSan reports the race on the map before golite's
    # check ends the program as Go does), and the front end recursing over an
    # expression tens of thousands of levels deep (check/ok_deep_*: TSan's per-thread
    # shadow call stack has a fixed size and overflows; the front end's own 1 GB stack
    # does not). Both run in every other mode.
    args=(--golite "$dir/golite" --env GOMAXPROCS=2 --timeout 300
          --exclude run/limits/concurrent_map_writes --exclude check/ok_deep_)
    [ $subset = 1 ] && set -- run/goroutines run/chan run/select run/sync run/gc run/stdlib "$@"
    export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1}
    ;;
gcstress)
    dir=build
    opts=()
    args=(--golite "$dir/golite" --env GOLITE_GC_STRESS=1 --timeout 300)
    [ $subset = 1 ] && set -- run samples "$@"
    ;;
preempt)
    dir=build
    opts=()
    args=(--golite "$dir/golite" --env GOLITE_PREEMPT_STRESS=1 --timeout 120)
    [ $subset = 1 ] && set -- run samples "$@"
    ;;
*)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac

# Without --werror even in CI: the sanitizers' instrumentation makes gcc's flow
# warnings see paths that do not exist (-Wformat-truncation on util/mem.c).
CI= bash tools/build.sh "$dir" "${opts[@]}" >/tmp/golite-sanitize-build.$$ 2>&1 ||
    { tail -20 /tmp/golite-sanitize-build.$$; rm -f /tmp/golite-sanitize-build.$$
      echo "sanitize.sh: building $dir failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
rm -f /tmp/golite-sanitize-build.$$
exec python3 tests/run.py "${args[@]}" "$@"
