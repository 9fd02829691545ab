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
console.log(t.isAnyArrayBuffer(new Uint8Array(1).buffer), t.isArrayBufferView(new ArrayBuffer(1)));
console.log(t.isDate(new Proxy(new Date(), {})), t.isMap(new Proxy(new Map(), {})));
console.log(t.isFloat16Array === undefined ? 'none' : typeof t.isFloat16Array);
