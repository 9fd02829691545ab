// Patching Module.wrapper or Module.wrap (as some instrumenting tools do) changes how modules load from then on.
const Module = require('module');
const fs = require('fs');
const os = require('os');
const path = require('path');

console.log(JSON.stringify(Module.wrap('body')));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jnode-wrapper-'));
const write = (name, text) => {
  fs.writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
};

const original = Module.wrapper;
Module.wrapper[0] += 'globalThis.loads = (globalThis.loads || 0) + 1;';
require(write('a.js', 'module.exports = "a";'));
console.log('wrapper patched in place:', globalThis.loads);

Module.wrap = (script) => `(function (exports, require, module) { exports.wrapped = true; ${script}\n});`;
console.log('wrap replaced:', require(write('b.js', 'exports.b = typeof __filename;')));
Module.wrapper = original;
console.log(Module.wrapper === original);
fs.rmSync(dir, { recursive: true });
