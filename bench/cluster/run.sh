#!/usr/bin/env bash
# Cluster benchmark: the hello-world HTTP server of server.js under node:cluster with 1 and 2 workers, under
# jnode and Node 24, loaded by wrk (50 connections, 2 threads) after a warm-up; reports requests/s, median of
# RUNS runs (default 3), the 2-worker/1-worker scaling and the ratio jnode/node. wrk shares the 2 cores.
# Usage: bench/cluster/run.sh [runs] [seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
SECONDS_PER_RUN="${2:-10}"
. "$ROOT/bench/wrk-setup.sh"

# One run: start the cluster, warm it up, measure, stop it. Prints requests/s.
one_run() {
  local runtime="$1" workers="$2" out port pid
  out=$(mktemp)
  WORKERS="$workers" "$runtime" "$ROOT/bench/cluster/server.js" >"$out" &
  pid=$!
  for _ in $(seq 600); do [ -s "$out" ] && break; sleep 0.05; done
  port=$(head -1 "$out")
  wrk -t2 -c50 -d5s "http://127.0.0.1:$port/" >/dev/null
  wrk -t2 -c50 -d"${SECONDS_PER_RUN}s" "http://127.0.0.1:$port/" | awk '/Requests\/sec/ {printf "%.0f\n", $2}'
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$out"
}

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

declare -A result
for workers in 1 2; do
  for runtime in node jnode; do
    binary="$NODE"
    [ "$runtime" = jnode ] && binary="$ROOT/bin/jnode"
    result[$runtime$workers]=$(for ((r = 0; r < RUNS; r++)); do one_run "$binary" "$workers"; done | median)
  done
done
printf 'requests/s, median of %s runs of %ss (node / jnode / ratio jnode:node)\n' "$RUNS" "$SECONDS_PER_RUN"
for workers in 1 2; do
  n=${result[node$workers]} j=${result[jnode$workers]}
  printf '  %s worker(s) %10s %10s %7s\n' "$workers" "$n" "$j" "$(awk "BEGIN {printf \"%.2fx\", $j / $n}")"
done
printf '  scaling 1 -> 2 workers: node %s, jnode %s\n' \
  "$(awk "BEGIN {printf \"%.2fx\", ${result[node2]} / ${result[node1]}}")" \
  "$(awk "BEGIN {printf \"%.2fx\", ${result[jnode2]} / ${result[jnode1]}}")"
