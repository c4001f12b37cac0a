#!/usr/bin/env bash
# golite's test command (what .ci/run runs).  On a fresh Debian 12 machine it installs
# the missing build packages, configures `build` if needed (with --werror when $CI is
# set), builds with ninja, runs the run tests on the switch-dispatch VM, with
# GOMAXPROCS=1, under preemption stress and under GC stress, under ASan+UBSan and (those
# that start goroutines) under TSan, then runs tests/run.py, which runs meson's C unit tests (not
# the suite entry that calls run.py itself), its own selftest and the conformance suite,
# and prints the closing line `N passed, N failed, N skipped` as the last line of this
# script.
# Exit status 0 iff nothing failed.  Extra arguments go to tests/run.py
# (filters, --jobs N, --vm, -v).
set -uo pipefail
cd "$(dirname "$0")/.."

# An early failure still ends with a closing line, so whoever reads the last line sees it.
bash tools/build.sh || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# The VM's switch-dispatch fallback runs the programs too (CI builds both dispatchers).
bash tools/build.sh build-switch -Dvm_switch=true >/dev/null ||
    { echo "check.sh: the switch-dispatch build failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
if ! python3 tests/run.py --golite build-switch/golite run samples >/tmp/golite-switch.$$ 2>&1; then
    grep -v '^ ' /tmp/golite-switch.$$ | tail -20
    echo "check.sh: the switch-dispatch VM failed the run tests"
    rm -f /tmp/golite-switch.$$
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
echo "switch-dispatch VM: $(tail -1 /tmp/golite-switch.$$)"
rm -f /tmp/golite-switch.$$

# The runtime's variants over the run tests: one P; a goroutine switch at every
# safepoint (loop back edge, function entry); a garbage collection every 4 new spans.
for env in GOMAXPROCS=1 GOLITE_PREEMPT_STRESS=1 GOLITE_GC_STRESS=4; do
    if ! python3 tests/run.py --golite build/golite --env "$env" --timeout 120 run samples \
            >/tmp/golite-sched.$$ 2>&1; then
        grep -v '^ ' /tmp/golite-sched.$$ | tail -20
        echo "check.sh: the run tests failed with $env"
        rm -f /tmp/golite-sched.$$
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    echo "$env: $(tail -1 /tmp/golite-sched.$$)"
done
rm -f /tmp/golite-sched.$$
# AddressSanitizer+UBSan over the run tests and samples, ThreadSanitizer (GOMAXPROCS=2)
# over the run tests that start goroutines: the CI subsets of tests/sanitize.sh, whose
# full runs are one command each (README, developer section).
for mode in asan tsan; do
    if ! bash tests/sanitize.sh "$mode" --subset >/tmp/golite-san.$$ 2>&1; then
        grep -v '^ ' /tmp/golite-san.$$ | tail -20
        echo "check.sh: the run tests failed under $mode"
        rm -f /tmp/golite-san.$$
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    echo "$mode (tests/sanitize.sh $mode --subset): $(tail -1 /tmp/golite-san.$$)"
done
rm -f /tmp/golite-san.$$

# The soak test, shortened: 20 seconds of rounds under GOMAXPROCS=2, every checksum
# right and memory flat (bash tests/soak/soak.sh runs the 10 minutes).
bash tests/soak/soak.sh --golite build/golite 20 >/tmp/golite-soak.$$ 2>&1 ||
    { tail -20 /tmp/golite-soak.$$; rm -f /tmp/golite-soak.$$; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
echo "soak (20 s): $(tail -1 /tmp/golite-soak.$$)"
rm -f /tmp/golite-soak.$$

# What depends on the environment or on stdin's timing (GODEBUG, GOMAXPROCS, hand-off).
bash tests/sched/run.sh build/golite >/tmp/golite-sched.$$ 2>&1 ||
    { cat /tmp/golite-sched.$$; rm -f /tmp/golite-sched.$$; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
echo "scheduler environment checks: $(tail -1 /tmp/golite-sched.$$)"
rm -f /tmp/golite-sched.$$

# Input that is not a program: an error message and exit status 1, never a crash.
bash tests/cli/run.sh build/golite >/tmp/golite-cli.$$ 2>&1 ||
    { cat /tmp/golite-cli.$$; rm -f /tmp/golite-cli.$$; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
echo "command-line checks: $(tail -1 /tmp/golite-cli.$$)"
rm -f /tmp/golite-cli.$$

# The REPL on a terminal (a pseudo-terminal): editing, history, completion, Ctrl-C,
# with the default Ps and with one.
for procs in "" 1; do
    if ! PTY_TEST_GOMAXPROCS=$procs python3 tests/repl/pty_test.py build/golite >/tmp/golite-pty.$$ 2>&1; then
        cat /tmp/golite-pty.$$ | tail -40
        rm -f /tmp/golite-pty.$$
        echo "check.sh: the REPL's terminal checks failed${procs:+ with GOMAXPROCS=$procs}"
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    echo "REPL terminal checks${procs:+ (GOMAXPROCS=$procs)}: $(tail -1 /tmp/golite-pty.$$)"
done
rm -f /tmp/golite-pty.$$

# Every body of the embedded standard packages checks cleanly (they are otherwise
# checked only when a program reaches them), and docs/stdlib.md lists what the
# binary provides.
if ! err=$(GOLITE_EAGER_STD=1 build/golite stdlib 2>&1 >/dev/null) || [ -n "$err" ]; then
    echo "$err" | head -20
    echo "check.sh: the standard packages' sources do not check"
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi
python3 tools/stdlib_doc.py --check build/golite ||
    { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# Go's own test suite (Debian's golang-1.19-src) is installed when missing, as the
# build packages are (tools/build.sh).
if [ ! -d /usr/share/go-1.19/test ] && command -v apt-get >/dev/null 2>&1; then
    sudo=()
    [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo=(sudo)
    echo "check.sh: installing golang-1.19-src (Go's test suite)"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-1.19-src >/dev/null 2>&1 ||
        { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null 2>&1 &&
          "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q golang-1.19-src >/dev/null 2>&1; } ||
        echo "check.sh: could not install golang-1.19-src"
fi

# Go's `// run` tests that pass (tests/gosuite/passing.txt, docs/conformance.md) must
# go on passing.
if [ -d /usr/share/go-1.19/test ]; then
    python3 tests/gosuite/runsuite.py --golite build/golite --timeout 30 --check tests/gosuite/passing.txt \
            >/tmp/golite-gosuite.$$ 2>&1 ||
        { grep -v '^|' /tmp/golite-gosuite.$$ | tail -30; rm -f /tmp/golite-gosuite.$$
          echo "check.sh: Go's run tests listed as passing failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
    echo "go's run tests: $(tail -1 /tmp/golite-gosuite.$$)"
    rm -f /tmp/golite-gosuite.$$
else
    echo "go's run tests: skipped (apt-get install golang-1.19-src)"
fi

# Go's `// errorcheck` tests whose errors golite reports as gc does
# (tests/gosuite/errorcheck_passing.txt) must go on passing.
if [ -d /usr/share/go-1.19/test ]; then
    python3 tests/gosuite/errorsuite.py --golite build/golite --check tests/gosuite/errorcheck_passing.txt \
            >/tmp/golite-errsuite.$$ 2>&1 ||
        { grep -v '^|' /tmp/golite-errsuite.$$ | tail -30; rm -f /tmp/golite-errsuite.$$
          echo "check.sh: Go's errorcheck tests listed as passing failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
    echo "go's errorcheck tests: $(tail -1 /tmp/golite-errsuite.$$)"
    rm -f /tmp/golite-errsuite.$$
else
    echo "go's errorcheck tests: skipped (apt-get install golang-1.19-src)"
fi

# Escape analysis against Go's own errorcheck -m tests (needs golang-1.19-src).
if [ -d /usr/share/go-1.19/test ]; then
    python3 tests/gosuite/escapesuite.py --golite build/golite --check tests/gosuite/escape_passing.txt \
            >/tmp/golite-esc.$$ 2>&1 ||
        { cat /tmp/golite-esc.$$; rm -f /tmp/golite-esc.$$; echo "0 passed, 1 failed, 0 skipped"; exit 1; }
    echo "go's escape-analysis tests: $(tail -1 /tmp/golite-esc.$$)"
    rm -f /tmp/golite-esc.$$
else
    echo "go's escape-analysis tests: skipped (apt-get install golang-1.19-src)"
fi

exec python3 tests/run.py --golite build/golite --meson-unit build --with-selftest "$@"
