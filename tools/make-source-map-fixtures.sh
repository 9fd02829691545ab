#!/usr/bin/env bash
# Rebuilds test/compat/source-maps/fixtures/out from the TypeScript under fixtures/src with esbuild (fetched
# from the npm registry into .tools/esbuild), in the shapes the source-map cases read: a CommonJS bundle with a map
# file, a minified one with an inline data: map (names), and an ES module bundle.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
fixtures="$root/test/compat/source-maps/fixtures"
esbuild="$root/.tools/esbuild/node_modules/.bin/esbuild"
if [ ! -x "$esbuild" ]; then
  npm install --prefix "$root/.tools/esbuild" --no-audit --no-fund esbuild@0.25.12 >/dev/null
fi
cd "$fixtures"
rm -rf out
"$esbuild" src/main.ts --bundle --platform=node --format=cjs --sourcemap --outfile=out/bundle.js --log-level=warning
"$esbuild" src/main.ts --bundle --platform=node --format=cjs --minify --sourcemap=inline --outfile=out/inline.js \
  --log-level=warning
"$esbuild" src/main.ts --bundle --platform=node --format=esm --sourcemap --outfile=out/esm.mjs --log-level=warning
