#!/usr/bin/env bash
# tests/sched/run.sh GOLITE — scheduler behaviour that depends on the environment or on
# the timing of standard input, which the run tests (tests/run.py: stdin from
# /dev/null, GOMAXPROCS and GODEBUG removed) cannot express. Prints one line per check
# and `N passed, N failed`; exit status 1 if any failed.
set -u
golite=${1:?usage: tests/sched/run.sh GOLITE}
here=$(cd "$(dirname "$0")" && pwd)
pass=0 fail=0
check() {  # check NAME EXPECTED-REGEX OUTPUT
  if grep -Eq "$2" <<<"$3"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL sched/$1: output does not match /$2/:"; sed 's/^/    /' <<<"$3"; fi
}
# the P of a goroutine blocked in read(2) goes to another M: ticks come before the line
out=$( (sleep 0.4; echo hello) | GOMAXPROCS=1 timeout 20 "$golite" run "$here/stdin_handoff.go" 2>&1)
check stdin_handoff '^ok$' "$([[ $out == $'tick 0\ntick 1\ntick 2\nread: hello' ]] && echo ok || echo "$out")"
# GOMAXPROCS from the environment
out=$(GOMAXPROCS=3 timeout 20 "$golite" run "$here/gomaxprocs_env.go" 2>&1)
check gomaxprocs_env '^GOMAXPROCS 3$' "$out"
# GODEBUG=schedtrace=N: go's line, at start and every N ms
out=$(GOMAXPROCS=2 GODEBUG=schedtrace=500 timeout 20 "$golite" run "$here/gomaxprocs_env.go" 2>&1)
re='^SCHED [0-9]+ms: gomaxprocs=2 idleprocs=[0-2] threads=[0-9]+ spinningthreads=[0-9]+ idlethreads=[0-9]+ runqueue=[0-9]+ \[[0-9]+ [0-9]+\]$'
check schedtrace "$re" "$out"
n=$(grep -Ec "$re" <<<"$out")
check schedtrace_count '^[3-9]$' "$n"
echo "$pass passed, $fail failed"
((fail == 0))
