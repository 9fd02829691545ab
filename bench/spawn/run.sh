#!/usr/bin/env bash
# Child processes, jnode against Node 24 in the same run: bench/spawn/run.sh (RUNS=3 by default; see
# bench/compare-json.sh).
exec "$(dirname "${BASH_SOURCE[0]}")/../compare-json.sh" "$(dirname "${BASH_SOURCE[0]}")/bench.js"
