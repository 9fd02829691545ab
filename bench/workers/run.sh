#!/usr/bin/env bash
# Worker threads, jnode against Node 24 in the same run: bench/workers/run.sh (RUNS=3 by default; see
# bench/compare-json.sh for what it prints).
exec "$(dirname "${BASH_SOURCE[0]}")/../compare-json.sh" "$(dirname "${BASH_SOURCE[0]}")/bench.js"
