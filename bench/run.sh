#!/usr/bin/env bash
# bench/run.sh — time golite beside native Go, Lua 5.4 and yaegi on the same programs, in one run,
# and print the ratios (the anchors are measured in the same run, never remembered).
#
# usage: bench/run.sh [-g GOLITE] [-n RUNS] [-y] [-a] [-s] [PROGRAM ...]
#   -g  golite binary (default: $GOLITE, else build/golite under the repository)
#   -n  timed runs per implementation; the median wall time is reported (default 3)
#   -y  also time yaegi (slow)
#   -a  every program in bench/go, not just the issue-3 targets
#   -s  the scheduler's set (issue 6): pingpong ring sieve spawn parked parallel, then
#       parallel.go's speed-up from GOMAXPROCS=1 to GOMAXPROCS=2
# PROGRAM is a name in bench/go (fib) or a path. The default set is the VM issue's targets:
# fib nbody spectralnorm mandelbrot fannkuch, and hello (start-up).
# A golite run whose output differs from native Go's is reported as WRONG and gets no time.
# Peers that are not installed are skipped (apt-get install golang-go lua5.4 yaegi time).
# Columns: seconds (median wall) and peak RSS in MiB; ratios are golite/other (below 1 = golite
# faster). The last line is the geometric mean of golite/lua5.4 over the programs with both.
set -u
here=$(cd "$(dirname "$0")" && pwd)
golite=${GOLITE:-$here/../build/golite} runs=3 yaegi=0 all=0 sched=0
while getopts g:n:yas opt; do
  case $opt in g) golite=$OPTARG ;; n) runs=$OPTARG ;; y) yaegi=1 ;; a) all=1 ;; s) sched=1 ;; *) sed -n '4,17s/^# \?//p' "$0"; exit 2 ;; esac
done
shift $((OPTIND - 1))
progs=("$@")
if ((${#progs[@]} == 0)); then
  if ((all)); then progs=("$here"/go/*.go)
  elif ((sched)); then progs=(pingpong ring sieve spawn parked parallel)
  else progs=(fib nbody spectralnorm mandelbrot fannkuch hello); fi
fi
[ -x /usr/bin/time ] || { echo "bench/run.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT

# measure NAME CMD... : median wall seconds and max RSS over $runs runs; output kept in $tmp/NAME.out
measure() {
  local name=$1; shift
  local walls=() rss=0 i line w m
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -f '%e %M' -o "$tmp/t" timeout 300 "$@" >"$tmp/$name.out" 2>&1 </dev/null || { echo "FAIL"; return; }
    read -r w m <"$tmp/t"; walls+=("$w"); ((m > rss)) && rss=$m
  done
  line=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  echo "$line $((rss / 1024))"
}
ratio() { [[ $1 == FAIL || $1 == - || $1 == WRONG || $2 == FAIL || $2 == - ]] && { echo -; return; }; awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", (b>0? a/b : 0)}'; }

printf '%-14s %16s %16s %16s %16s   %8s %8s %8s\n' program golite "go(native)" lua5.4 yaegi "g/go" "g/lua" "g/yaegi"
logsum=0 nlog=0
for p in "${progs[@]}"; do
  [[ $p == */* || $p == *.go ]] || p=$here/go/$p.go
  b=$(basename "$p" .go)
  nat=- lua=- yae=- gl=-
  if command -v go >/dev/null; then
    go build -o "$tmp/$b.bin" "$p" 2>/dev/null && nat=$(measure native "$tmp/$b.bin")
  fi
  gl=$(measure golite "$golite" run "$p")
  if [[ $nat != - && $nat != FAIL && $gl != FAIL ]] && ! cmp -s "$tmp/native.out" "$tmp/golite.out"; then gl=WRONG; fi
  [ -f "$here/lua/$b.lua" ] && command -v lua5.4 >/dev/null && lua=$(measure lua lua5.4 "$here/lua/$b.lua")
  ((yaegi)) && command -v yaegi >/dev/null && yae=$(runs=1 measure yaegi yaegi run "$p")
  g=${gl%% *}; [[ $gl == WRONG || $gl == FAIL ]] && g=-
  r=$(ratio "$g" "${lua%% *}")
  printf '%-14s %16s %16s %16s %16s   %8s %8s %8s\n' "$b" "$gl" "$nat" "$lua" "$yae" \
    "$(ratio "$g" "${nat%% *}")" "$r" "$(ratio "$g" "${yae%% *}")"
  if [[ $r != - ]] && awk -v r="$r" 'BEGIN{exit !(r>0)}'; then
    logsum=$(awk -v s="$logsum" -v r="$r" 'BEGIN{print s + log(r)}'); nlog=$((nlog + 1))
  fi
done
((nlog)) && awk -v s="$logsum" -v n="$nlog" 'BEGIN{printf "geomean golite/lua5.4 over %d programs: %.2f\n", n, exp(s/n)}'
if ((sched)); then
  p1=$(GOMAXPROCS=1 measure golite "$golite" run "$here/go/parallel.go")
  p2=$(GOMAXPROCS=2 measure golite "$golite" run "$here/go/parallel.go")
  echo "parallel.go: GOMAXPROCS=1 ${p1%% *} s, GOMAXPROCS=2 ${p2%% *} s: speed-up $(ratio "${p1%% *}" "${p2%% *}")"
fi
exit 0
