'use strict';
// The registry of node: modules: which exist in Node 24, which jnode implements, and their loading.

const natives = internalBinding('natives');

// Node 24's require('module').builtinModules, in its order.
const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
// Only reachable with the node: scheme.
const schemeOnly = ['sea', 'sqlite', 'test', 'test/reporters'];
const publicIds = new Set([...builtinModules, ...schemeOnly]);

const cache = new Map();
// process.moduleLoadList: the library modules in the order they were first loaded, as Node names them.
const loadList = [];
const params = 'exports, require, module, internalBinding, process';

function isBuiltin(id) {
  if (typeof id !== 'string') return false;
  if (id.startsWith('node:')) return publicIds.has(id.slice(5));
  return builtinModules.includes(id);
}

/** Loads a library module by id (public or internal); modules jnode lacks throw ERR_JNODE_UNSUPPORTED. */
function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!natives.has(id)) {
    const { codes } = requireBuiltin('internal/errors');
    if (publicIds.has(id)) throw new codes.ERR_JNODE_UNSUPPORTED(`The module 'node:${id}'`);
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(id);
  }
  const module = { exports: {}, id, loaded: false };
  cache.set(id, module);
  loadList.push(`NativeModule ${id}`);
  try {
    const fn = natives.compileLibrary(id, params);
    fn(module.exports, requireBuiltin, module, internalBinding, process);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

module.exports = { builtinModules, schemeOnly, isBuiltin, requireBuiltin, cache, loadList };
