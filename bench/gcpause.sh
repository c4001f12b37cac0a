#!/usr/bin/env bash
# bench/gcpause.sh — the collector's figures from GODEBUG=gctrace=1, per program: cycles,
# the longest stop of the world (sweep termination and mark termination, wall clock),
# and the collector's CPU share while marking: (assist + background) CPU over
# (concurrent-mark wall time × GOMAXPROCS), the mean over cycles and the worst cycle;
# idle marking (Ps with nothing else to run) is shown apart, as Go leaves it out of its
# 25% goal. Native Go's longest pause and mean share are printed beside golite's.
#
# usage: bench/gcpause.sh [-g GOLITE] [PROGRAM ...]   (default: binarytrees maps strbuild alloc spawn parallel bigheap)
set -u
here=$(cd "$(dirname "$0")" && pwd)
golite=${GOLITE:-$here/../build/golite}
while getopts g: opt; do
  case $opt in g) golite=$OPTARG ;; *) sed -n '2,9s/^# \?//p' "$0"; exit 2 ;; esac
done
shift $((OPTIND - 1))
progs=("$@")
((${#progs[@]})) || progs=(binarytrees maps strbuild alloc spawn parallel bigheap)
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT

# summary FILE: "cycles maxpause_ms mean_share% max_share% idle_ms_total"
summary() {
  awk '/^gc [0-9]+ @/ {
      n++
      split($5, clk, "+"); split($8, cpu, "+"); split(cpu[2], mid, "/")
      p = clk[1] + 0; if (clk[3] + 0 > p) p = clk[3] + 0; if (p > maxp) maxp = p
      procs = $NF == "P" ? $(NF - 1) : $(NF - 2)
      if (clk[2] + 0 > 0.05) {
        s = (mid[1] + mid[2]) / (clk[2] * procs); sum += s; m++; if (s > maxs) maxs = s
      }
      idle += mid[3]
    }
    END { printf "%d %.3g %.0f %.0f %.1f\n", n, maxp, m ? 100 * sum / m : 0, 100 * maxs, idle }' "$1"
}

printf '%-12s %7s %12s %12s %10s %10s %10s %10s\n' program cycles "max pause" "go's max" "share avg" "share max" "idle ms" "go's avg"
for p in "${progs[@]}"; do
  [[ $p == */* || $p == *.go ]] || p=$here/go/$p.go
  b=$(basename "$p" .go)
  GODEBUG=gctrace=1 timeout 300 "$golite" run "$p" >/dev/null 2>"$tmp/g.trace" || { echo "$b: golite failed"; continue; }
  read -r n maxp avg maxs idle < <(summary "$tmp/g.trace")
  gmax=- gavg=-
  if command -v go >/dev/null && go build -o "$tmp/$b.bin" "$p" 2>/dev/null; then
    GODEBUG=gctrace=1 timeout 300 "$tmp/$b.bin" >/dev/null 2>"$tmp/n.trace" && read -r _ gmax gavg _ < <(summary "$tmp/n.trace")
  fi
  printf '%-12s %7s %9s ms %9s ms %9s%% %9s%% %10s %9s%%\n' "$b" "$n" "$maxp" "$gmax" "$avg" "$maxs" "$idle" "$gavg"
done
