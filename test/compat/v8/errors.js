// What v8.serialize refuses (with V8's wording of the value) and how v8.deserialize fails on bad bytes.
'use strict';
const v8 = require('v8');

const uncloneable = [
  ['function', function foo() {}], ['arrow', () => 1], ['class', class A {}], ['async', async () => {}],
  ['bound', function f() {}.bind(null)], ['symbol', Symbol('s')], ['symbol object', Object(Symbol('q'))],
  ['promise', Promise.resolve()], ['weak map', new WeakMap()], ['weak set', new WeakSet()],
  ['weak ref', new WeakRef({})], ['finalization registry', new FinalizationRegistry(() => {})],
  ['proxy', new Proxy({}, {})], ['generator', (function* () {})()], ['async generator', (async function* () {})()],
  ['map iterator', new Map().keys()], ['array iterator', [].values()], ['arguments', (function() { return arguments; })(1)],
  ['global', globalThis], ['Intl object', new Intl.Collator()], ['nested', { a: [1, { f: () => 2 }] }],
  ['in a map', new Map([[1, Symbol.iterator]])],
];
for (const [name, value] of uncloneable) {
  try {
    v8.serialize(value);
    console.log(name, 'serialized');
  } catch (err) {
    console.log(name.padEnd(22), Object.prototype.toString.call(err), err.name, err.code, err.message);
  }
}
const detached = new ArrayBuffer(2);
const overDetached = new Uint8Array(detached);
detached.transfer();
// (Node's DefaultSerializer fails on a view of a detached buffer with the engine's own TypeError.)
for (const [name, value] of [['detached buffer', detached], ['view of detached', overDetached]]) {
  for (const Ctor of value === detached ? [v8.DefaultSerializer, v8.Serializer] : [v8.Serializer]) {
    try {
      new Ctor().writeValue(value);
      console.log(name, Ctor.name, 'serialized');
    } catch (err) {
      console.log(name, Ctor.name, err.name, err.message);
    }
  }
}
console.log('namespace objects', v8.serialize([Math, JSON, Reflect]).toString('hex'));

const bad = [
  ['no header', '4903'], ['empty', ''], ['newer version', 'ff10'], ['unknown tag', 'ff0f01'], ['truncated string', 'ff0f2205ab'],
  ['truncated object', 'ff0f6f'], ['bad reference', 'ff0f5e05'], ['wrong property count', 'ff0f6f7b05'],
  ['odd two-byte length', 'ff0f6303ac2000'], ['unknown regexp flag', 'ff0f5222017880ff03'],
  ['view alone', 'ff0f5642000100'], ['view past its buffer', 'ff0f420200005642000400'],
  ['misaligned view', 'ff0f4204000000005657010200'], ['object key', 'ff0f6f6f7b0049027b01'],
  ['host object with no reader', null],
];
for (const [name, hex] of bad) {
  try {
    let value;
    if (hex === null) {
      const reader = new v8.Deserializer(Buffer.from('ff0f5c01', 'hex'));
      reader.readHeader();
      value = reader.readValue();
    } else {
      value = v8.deserialize(Buffer.from(hex, 'hex'));
    }
    console.log(name, 'read', value);
  } catch (err) {
    console.log(name.padEnd(24), err.name, err.code, err.message);
  }
}
const noHeader = new v8.Deserializer(Buffer.from('4904', 'hex'));
console.log('without readHeader', noHeader.getWireFormatVersion(), noHeader.readValue());
