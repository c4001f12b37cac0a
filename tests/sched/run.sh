#!/usr/bin/env bash
# tests/sched/run.sh GOLITE — scheduler and collector behaviour that depends on the
# environment or on the timing of standard input, which the run tests (tests/run.py:
# stdin from /dev/null, GOMAXPROCS, GODEBUG and GOGC removed) cannot express. Prints
# one line per check and `N passed, N failed`; exit status 1 if any failed.
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
# GODEBUG=gctrace=1 (among other settings): go's line after every collection, "(forced)"
# for runtime.GC and debug.FreeOSMemory, none for the ones the heap goal triggers
out=$(GODEBUG=schedtrace=0,gctrace=1 timeout 20 "$golite" run "$here/gctrace.go" 2>&1)
re='^gc [0-9]+ @[0-9]+\.[0-9]{3}s [0-9]+%: [0-9.]+\+[0-9.]+\+[0-9.]+ ms clock, [0-9.]+\+[0-9.]+/[0-9.]+/[0-9.]+\+[0-9.]+ ms cpu, [0-9]+->[0-9]+->[0-9]+ MB, [0-9]+ MB goal, [0-9]+ MB stacks, [0-9]+ MB globals, [0-9]+ P( \(forced\))?$'
check gctrace_lines '^ok$' "$( (( $(grep -Ec "$re" <<<"$out") == $(grep -c '^gc ' <<<"$out") )) && echo ok || echo "$out")"
check gctrace_forced '^2$' "$(grep -E "$re" <<<"$out" | grep -c '(forced)$')"
check gctrace_goal '^ok$' "$(grep -E "$re" <<<"$out" | grep -vq '(forced)$' && echo ok || echo "$out")"
check gctrace_numbered '^ok$' "$(grep -oE '^gc [0-9]+' <<<"$out" | awk '{ if ($2 != NR) bad = 1 } END { print bad ? "bad" : "ok" }')"
check gctrace_done '^done$' "$(grep -v '^gc ' <<<"$out")"
# sysmon forces a collection when none has run for forcegcperiod (GOLITE_FORCEGC_MS
# shortens go's two minutes): more lines while main sleeps, not marked forced
out=$(GOLITE_FORCEGC_MS=100 GODEBUG=gctrace=1 timeout 20 "$golite" run "$here/gctrace.go" 2>&1)
n=$(grep -E "$re" <<<"$out" | sed -n '/(forced)$/,$p' | grep -vc '(forced)$')
check forcegc '^[2-9]$' "$n"
out=$(GOGC=off GOLITE_FORCEGC_MS=100 GODEBUG=gctrace=1 timeout 20 "$golite" run "$here/gctrace.go" 2>&1)
check forcegc_off '^2$' "$(grep -Ec "$re" <<<"$out")"
# standard output to a pipe arrives as Go's unbuffered os.Stdout does: before a
# sleep, during a long computation (sysmon), and when SIGTERM ends the program
out=$(python3 - "$golite" "$here/output_timing.go" <<'PY' 2>&1
import signal, subprocess, sys, time
p = subprocess.Popen([sys.argv[1], "run", sys.argv[2]], stdout=subprocess.PIPE)
t0, seen = time.time(), []
for line in p.stdout:
    seen.append((line.decode().strip(), time.time() - t0))
    if line.startswith(b"third"):
        p.send_signal(signal.SIGTERM)
status = p.wait()
names = [n for n, _ in seen]
at = dict(seen)
ok = (names == ["first", "second", "third"] and at["second"] - at["first"] >= 0.35
      and at["third"] - at["second"] >= 0.35 and at["third"] - at["second"] < 2 and status == -signal.SIGTERM)
b = subprocess.Popen([sys.argv[1], "run", sys.argv[2], "busy"], stdout=subprocess.PIPE)
time.sleep(0.5)
b.send_signal(signal.SIGTERM)
busy, _ = b.communicate()
ok = ok and busy == b"busy\n" and b.returncode == -signal.SIGTERM
print("ok" if ok else f"got {seen}, status {status}; busy: {busy!r}, status {b.returncode}")
PY
)
check output_timing '^ok$' "$out"
echo "$pass passed, $fail failed"
((fail == 0))
