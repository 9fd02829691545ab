'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const t = util.types;
for (const v of [new Map(), new Set(), new WeakMap(), new WeakSet(), {}, []]) console.log(t.isMap(v), t.isSet(v), t.isWeakMap(v), t.isWeakSet(v));
const fake = { [Symbol.toStringTag]: 'Map' };
console.log(t.isMap(fake), t.isMap(Object.create(Map.prototype)));
