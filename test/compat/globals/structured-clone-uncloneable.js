// structuredClone refuses what V8's serializer refuses, naming the value as V8 does (by constructor, by
// Symbol.toStringTag, or by source), and accepts the ordinary objects among the built-ins.
'use strict';

const values = [
  ['generator', (function* () {})()], ['async generator', (async function* () {})()],
  ['map iterator', new Map().keys()], ['array iterator', [].values()], ['Intl object', new Intl.Collator()],
  ['arguments', (function() { return arguments; })(1)], ['global', globalThis], ['symbol object', Object(Symbol())],
  ['proxy', new Proxy({}, {})], ['promise', Promise.resolve()], ['weak ref', new WeakRef({})],
  ['bound function', function f() {}.bind(null)], ['class', class Point {}],
  ['null-prototype class instance', Object.setPrototypeOf({ a: 1 }, null)],
  ['class instance', new (class Foo { constructor() { this.x = 1; } })()],
  ['namespace objects', [Math, JSON, Reflect, Atomics]],
];
for (const [name, value] of values) {
  try {
    console.log(name, structuredClone(value));
  } catch (err) {
    console.log(name, err.name, err.message);
  }
}
