#!/usr/bin/env bash
# HTTP benchmark: two servers, the hello-world of hello-server.js and the express JSON route of
# express-app/server.js, each under jnode and under Node 24, loaded by wrk (50 connections, 2 threads) on
# 127.0.0.1 after a warm-up; reports requests/s, p99 latency and the server's resident memory after the run,
# median of RUNS runs (default 3), and the ratios jnode/node.
# Usage: bench/http/run.sh [runs] [seconds]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
SECONDS_PER_RUN="${2:-10}"
. "$ROOT/bench/wrk-setup.sh"
[ -d "$ROOT/bench/http/express-app/node_modules/express" ] ||
  (cd "$ROOT/bench/http/express-app" && "$ROOT/bin/jnode" install >&2)

# One run: start the server, warm it up, measure, read its RSS, stop it. Prints "rps p99_ms rss_mb".
one_run() {
  local runtime="$1" server="$2" out port pid
  out=$(mktemp)
  "$runtime" "$server" >"$out" &
  pid=$!
  for _ in $(seq 200); do [ -s "$out" ] && break; sleep 0.05; done
  port=$(head -1 "$out")
  wrk -t2 -c50 -d5s "http://127.0.0.1:$port/" >/dev/null
  local result
  result=$(wrk -t2 -c50 -d"${SECONDS_PER_RUN}s" --latency "http://127.0.0.1:$port/")
  local rss
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -f "$out"
  local rps p99
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$result")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; printf "%.2f", v}' <<<"$result")
  echo "$rps $p99 $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}'; }

for app in hello-server.js express-app/server.js; do
  declare -A rps p99 rss
  for runtime in jnode node; do
    bin="$ROOT/bin/jnode"
    [ "$runtime" = node ] && bin="$NODE"
    results=()
    for _ in $(seq "$RUNS"); do results+=("$(one_run "$bin" "$ROOT/bench/http/$app")"); done
    rps[$runtime]=$(printf '%s\n' "${results[@]}" | awk '{print $1}' | median)
    p99[$runtime]=$(printf '%s\n' "${results[@]}" | awk '{print $2}' | median)
    rss[$runtime]=$(printf '%s\n' "${results[@]}" | awk '{print $3}' | median)
  done
  echo "== $app"
  printf '%-12s %12s %12s %10s\n' "" "jnode" "node" "jnode/node"
  printf '%-12s %12s %12s %10s\n' "requests/s" "${rps[jnode]}" "${rps[node]}" "$(ratio "${rps[jnode]}" "${rps[node]}")"
  printf '%-12s %12s %12s %10s\n' "p99 ms" "${p99[jnode]}" "${p99[node]}" "$(ratio "${p99[jnode]}" "${p99[node]}")"
  printf '%-12s %12s %12s %10s\n' "RSS MiB" "${rss[jnode]}" "${rss[node]}" "$(ratio "${rss[jnode]}" "${rss[node]}")"
done
