#!/usr/bin/env bash
# The soak test: tests/soak/soak.go under golite with GOMAXPROCS=2 for SECONDS
# (default 600), its resident memory sampled every second.
#
#   tests/soak/soak.sh [--golite build/golite] [SECONDS]
#
# Passes when the program exits 0 having checked every round's checksum against
# a plain loop, when `go run soak.go -rounds N` (if go is installed) prints the
# same total for the same number of rounds (for a run past 10,000 rounds, the
# total of the first 10,000, which the program prints on the way: go itself needs
# about as long as golite for a round, whose runtime.GC dominates), and when
# memory is flat: the peak
# resident size over the last third of the run is at most 1.25 times the peak
# over the second sixth (the first sixth is warm-up) plus 4 MB. Prints the
# figures; the last line is `soak: PASS ...` or `soak: FAIL ...`.
set -uo pipefail
cd "$(dirname "$0")/../.."
golite=build/golite
if [ "${1:-}" = --golite ]; then golite=$2; shift 2; fi
seconds=${1:-600}
tmp=$(mktemp -d /tmp/soak.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

GOMAXPROCS=2 "$golite" run tests/soak/soak.go "$seconds" >"$tmp/out" 2>"$tmp/err" &
pid=$!
start=$(date +%s)
: >"$tmp/rss"
while kill -0 "$pid" 2>/dev/null; do
    # the golite process itself (run execs nothing)
    rss=$(awk '/^VmRSS:/ {print $2}' /proc/$pid/status 2>/dev/null)
    [ -n "$rss" ] && echo "$(( $(date +%s) - start )) $rss" >>"$tmp/rss"
    sleep 1
done
wait "$pid"
rc=$?
cat "$tmp/err"
cat "$tmp/out"
fail() { echo "soak: FAIL: $*"; exit 1; }
[ "$rc" = 0 ] || fail "golite exited with status $rc"
read -r _ rounds _ total < <(tail -1 "$tmp/out") || fail "no result line"
[ -n "$total" ] || fail "no result line"
if command -v go >/dev/null 2>&1; then
    line=$(head -1 "$tmp/out")       # the checkpoint's total, or the only line
    n=$(echo "$line" | awk '{print $2}')
    want=$(cd "$tmp" && cp "$OLDPWD/tests/soak/soak.go" . && GO111MODULE=off GOFLAGS= go run soak.go -rounds "$n" 2>/dev/null)
    [ "$want" = "$line" ] || fail "golite printed '$line', go prints '$want'"
    echo "soak: go run soak.go -rounds $n prints the same checksum"
fi
read -r early late <<<"$(awk -v T="$seconds" '
    $1 >= T/6 && $1 < T/3 { if ($2 > e) e = $2 }
    $1 >= 2*T/3           { if ($2 > l) l = $2 }
    END { print e+0, l+0 }' "$tmp/rss")"
echo "soak: peak RSS ${early} KB in the second sixth, ${late} KB in the last third ($(wc -l <"$tmp/rss") samples)"
[ "$early" -gt 0 ] && [ "$late" -gt 0 ] || fail "too few memory samples (run longer)"
[ "$late" -le $(( early * 5 / 4 + 4096 )) ] || fail "memory grew: ${early} KB -> ${late} KB"
echo "soak: PASS: $rounds rounds in ${seconds}s, checksum $total"
