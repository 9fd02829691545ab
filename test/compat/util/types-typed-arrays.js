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
const all = [new Uint8Array(1), new Uint8ClampedArray(1), new Uint16Array(1), new Uint32Array(1), new Int8Array(1), new Int16Array(1), new Int32Array(1), new Float32Array(1), new Float64Array(1), new BigInt64Array(1), new BigUint64Array(1), new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)];
for (const v of all) console.log(t.isTypedArray(v), t.isArrayBufferView(v), t.isUint8Array(v), t.isFloat64Array(v), t.isBigInt64Array(v), t.isDataView(v), t.isArrayBuffer(v), t.isAnyArrayBuffer(v));
console.log(t.isSharedArrayBuffer(new SharedArrayBuffer(1)), t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isArrayBuffer(new SharedArrayBuffer(1)));
