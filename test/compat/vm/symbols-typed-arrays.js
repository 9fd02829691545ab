// Symbols and binary data across contexts: Symbol.for's registry and the well-known symbols are shared by all
// contexts, while plain Symbol() values stay distinct; typed arrays and ArrayBuffers made in a context work with
// Buffer, util.types and structuredClone on the host side, and host Buffers are Uint8Arrays inside.
const vm = require('node:vm');
const util = require('node:util');

const context = vm.createContext({ hostBuf: Buffer.from('host'), hostSym: Symbol('host') });
console.log('Symbol.for shared:', vm.runInContext('Symbol.for("app.key")', context) === Symbol.for('app.key'));
console.log('Symbol.keyFor inside:', vm.runInContext('Symbol.keyFor(Symbol.for("made.inside"))', context),
  Symbol.keyFor(vm.runInContext('Symbol.for("made.inside")', context)));
console.log('well-known:', ['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag']
  .map((name) => vm.runInContext(`Symbol.${name}`, context) === Symbol[name]).join(' '));
console.log('Symbol() distinct:', vm.runInContext('Symbol("x")', context) === vm.runInContext('Symbol("x")', context),
  vm.runInContext('typeof hostSym + " " + hostSym.description + " " + (Symbol.keyFor(hostSym) === undefined)', context));

// An object from the context iterates with the host's for-of and spread (same Symbol.iterator).
const iterable = vm.runInContext('({ *[Symbol.iterator]() { yield 1; yield 2; yield 3; } })', context);
console.log('spread inner iterable:', [...iterable], Array.from(iterable, (x) => x * 10));
console.log('inner Map entries:', [...vm.runInContext('new Map([["a", 1], ["b", 2]])', context).entries()]);
const tagged = vm.runInContext('({ [Symbol.toStringTag]: "Tagged" })', context);
console.log('toStringTag:', Object.prototype.toString.call(tagged), String(tagged));
const prim = vm.runInContext('({ [Symbol.toPrimitive](hint) { return hint === "number" ? 7 : "seven" } })', context);
console.log('toPrimitive:', +prim, `${prim}`, prim + '');

// Binary data made inside.
const bytes = vm.runInContext('new Uint8Array([104, 105, 33])', context);
console.log('Uint8Array:', bytes instanceof Uint8Array, util.types.isUint8Array(bytes), util.types.isTypedArray(bytes),
  ArrayBuffer.isView(bytes), Buffer.isBuffer(bytes));
console.log('Buffer.from(inner):', Buffer.from(bytes).toString(), Buffer.from(bytes.buffer).toString('hex'),
  Buffer.from(bytes.buffer, 1, 1).toString());
const ab = vm.runInContext('const ab = new ArrayBuffer(4); new DataView(ab).setUint32(0, 0xdeadbeef); ab', context);
console.log('ArrayBuffer:', ab instanceof ArrayBuffer, util.types.isArrayBuffer(ab), util.types.isAnyArrayBuffer(ab),
  ab.byteLength, Buffer.from(ab).toString('hex'));
const floats = vm.runInContext('Float64Array.of(1.5, -2)', context);
console.log('Float64Array:', util.types.isFloat64Array(floats), Array.from(floats), floats.constructor.name,
  floats.constructor === Float64Array);
const clone = structuredClone({ bytes, ab, floats, when: vm.runInContext('new Date(86400000)', context) });
console.log('structuredClone:', clone.bytes instanceof Uint8Array, [...clone.bytes], clone.ab instanceof ArrayBuffer,
  clone.ab.byteLength, clone.floats instanceof Float64Array, clone.when instanceof Date, clone.when.toISOString());
console.log('Buffer.concat:', Buffer.concat([bytes, Buffer.from('?')]).toString());

// A host Buffer inside: a Uint8Array of the host realm, indexable, with Buffer methods.
console.log(vm.runInContext('[hostBuf instanceof Uint8Array, ArrayBuffer.isView(hostBuf), hostBuf.length, ' +
  'String.fromCharCode(...hostBuf), hostBuf.toString("base64")].join(" ")', context));
console.log(vm.runInContext('Array.from(new Uint8Array(hostBuf.buffer, hostBuf.byteOffset, 2)).join()', context));
