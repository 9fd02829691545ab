'use strict';
// The options of Node's environment list (process.allowedNodeEnvironmentFlags) that a Worker's execArgv refuses
// with ERR_WORKER_INVALID_EXEC_ARGV because they belong to the whole process (V8's heap and JIT, OpenSSL,
// reports, profiling), recorded from Node v24.21.0.
module.exports = new Set([
  '--node-memory-debug', '--max-semi-space-size', '--perf-prof-unwinding-info', '--expose-gc', '--trace-require-module',
  '--inspect-publish-uid', '--inspect-port', '--cpu-prof-dir', '--enable-etw-stack-walking', '--max-old-space-size',
  '--perf-basic-prof', '--perf-prof', '--max-heap-size', '--jitless', '--input-type', '--stack-trace-limit',
  '--abort-on-uncaught-exception', '--interpreted-frames-native-stack', '--heap-prof-dir', '--openssl-shared-config',
  '--no-openssl-shared-config', '--heap-prof-interval', '--cpu-prof-interval', '--disable-proto', '--trace-sigint',
  '--no-trace-sigint', '--zero-fill-buffers', '--no-zero-fill-buffers', '--openssl-legacy-provider',
  '--no-openssl-legacy-provider', '--v8-pool-size', '--force-fips', '--no-force-fips', '--experimental-shadow-realm',
  '--trace-event-file-pattern', '--secure-heap-min', '--trace-event-categories', '--report-compact',
  '--no-report-compact', '--debug-arraybuffer-allocations', '--no-debug-arraybuffer-allocations', '--enable-fips',
  '--no-enable-fips', '--report-on-fatalerror', '--no-report-on-fatalerror', '--openssl-config', '--report-filename',
  '--tls-cipher-list', '--use-openssl-ca', '--no-use-openssl-ca', '--use-bundled-ca', '--no-use-bundled-ca',
  '--use-largepages', '--node-snapshot', '--no-node-snapshot', '--icu-data-dir', '--secure-heap', '--report-dir',
  '--heap-prof-name', '--disable-wasm-trap-handler', '--no-disable-wasm-trap-handler', '--snapshot-blob',
  '--title', '--disallow-code-generation-from-strings', '--perf-basic-prof-only-functions',
  '--cpu-prof-name', '--debug-port', '--trace-events-enabled', '--report-directory',
]);
