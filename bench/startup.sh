#!/usr/bin/env bash
# bench/startup.sh — start-up: `golite run bench/go/hello.go` against `lua5.4 bench/lua/hello.lua`
# (issue 8's target: at most 1.5× Lua), measured alternately in the same run.
#
# usage: bench/startup.sh [-g GOLITE] [-r ROUNDS] [-n RUNS] [PROGRAM.go LUAPROGRAM.lua]
#   -g  golite binary (default: $GOLITE, else build/golite under the repository)
#   -r  rounds (default 7); each round times RUNS runs of golite, then RUNS of lua (default 100)
# Prints each round's mean milliseconds per run and ratio golite/lua, then the median ratio.
# Also `golite version` and /bin/true once, for scale: process creation on this machine.
set -u
here=$(cd "$(dirname "$0")" && pwd)
golite=${GOLITE:-$here/../build/golite} rounds=7 runs=100
while getopts g:r:n: opt; do
  case $opt in g) golite=$OPTARG ;; r) rounds=$OPTARG ;; n) runs=$OPTARG ;; *) sed -n '4,9s/^# \?//p' "$0"; exit 2 ;; esac
done
shift $((OPTIND - 1))
gprog=${1:-$here/go/hello.go} lprog=${2:-$here/lua/hello.lua}
command -v lua5.4 >/dev/null || { echo "bench/startup.sh: needs lua5.4 (apt-get install lua5.4)" >&2; exit 2; }
[ "$("$golite" run "$gprog")" = "$(lua5.4 "$lprog")" ] || { echo "bench/startup.sh: outputs differ" >&2; exit 1; }

# ms CMD... : mean milliseconds per run over $runs runs
ms() {
  local t0 t1 i
  t0=$(date +%s%N)
  for ((i = 0; i < runs; i++)); do "$@" >/dev/null; done
  t1=$(date +%s%N)
  awk -v d=$((t1 - t0)) -v n="$runs" 'BEGIN{printf "%.2f", d / n / 1e6}'
}

ratios=()
printf '%-6s %10s %10s %8s\n' round golite lua5.4 ratio
for ((r = 1; r <= rounds; r++)); do
  g=$(ms "$golite" run "$gprog")
  l=$(ms lua5.4 "$lprog")
  q=$(awk -v a="$g" -v b="$l" 'BEGIN{printf "%.2f", a / b}')
  ratios+=("$q")
  printf '%-6s %10s %10s %8s\n' "$r" "$g" "$l" "$q"
done
printf 'median golite/lua5.4: %s (target <= 1.5)\n' "$(printf '%s\n' "${ratios[@]}" | sort -n | sed -n "$(((rounds + 1) / 2))p")"
printf 'for scale, ms per run: golite version %s, /bin/true %s\n' "$(ms "$golite" version)" "$(ms /bin/true)"
