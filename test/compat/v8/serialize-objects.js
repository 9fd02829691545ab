// v8.serialize: objects, arrays, dates, regexps, boxed primitives, maps, sets, array buffers, errors and
// references to objects already written, as hex.
'use strict';
const v8 = require('v8');

const hex = (value) => v8.serialize(value).toString('hex');
const withStack = (error, stack) => {
  error.stack = stack;
  return error;
};
const shared = { x: 1 };
const cyclic = { name: 'c' };
cyclic.self = cyclic;
const detachedLater = new ArrayBuffer(2);

const cases = [
  ['empty object', {}],
  ['object', { a: 5, b: 'x', c: null, d: [true] }],
  ['index keys in order', { 1: 'x', b: 2, 0: 'y' }],
  ['big index keys', { 4294967294: 1, 4294967295: 2, 2147483648: 3, '-1': 4, '01': 5, 1.5: 6 }],
  ['__proto__ key', JSON.parse('{"__proto__": 1}')],
  ['null prototype', Object.assign(Object.create(null), { q: 1 })],
  ['class instance', new (class Point { constructor() { this.x = 1; this.y = 2; } })()],
  ['inherited and hidden', Object.defineProperty(Object.assign(Object.create({ inherited: 1 }), { own: 2 }),
    'hidden', { value: 3, enumerable: false })],
  ['symbol keys skipped', { [Symbol('s')]: 1, kept: 2 }],
  ['getter read', { get g() { return 7; } }],
  ['dense array', [1, 'two', 3]],
  ['empty array', []],
  ['doubles array', [1.5, 2]],
  ['mixed array', [1.5, 2, 'x']],
  ['array with props', Object.assign([1, 2], { x: 1 })],
  ['holey array', [1, , 3]], // eslint-disable-line no-sparse-arrays
  ['empty slots', new Array(3)],
  ['filled', new Array(3).fill(0)],
  ['index prop past end', Object.assign([1], { 5: 2 })],
  ['undefined elements', [undefined, null]],
  ['shared object', [shared, shared, { shared }]],
  ['cycle', cyclic],
  ['date', new Date(0)], ['date 1.5e12', new Date(1.5e12)], ['invalid date', new Date(NaN)],
  ['regexp', /a+b/gimsuy], ['regexp d', /x/d], ['regexp v', /[\p{L}]/v], ['regexp source', /\//],
  ['Number object', new Number(3)], ['String object', new String('hi')], ['two-byte String object', new String('\u20ac')],
  ['Boolean objects', [new Boolean(true), new Boolean(false)]], ['BigInt objects', [Object(7n), Object(-1n)]],
  ['map', new Map([[1, 'a'], ['b', {}], [shared, shared]])], ['empty map', new Map()],
  ['map props dropped', Object.assign(new Map(), { x: 1 })],
  ['set', new Set([1, 'x', shared])],
  ['array buffer', new Uint8Array([1, 2, 3]).buffer], ['empty array buffer', new ArrayBuffer(0)],
  ['resizable', new ArrayBuffer(2, { maxByteLength: 8 })], ['buffer twice', [detachedLater, detachedLater]],
  ['error', withStack(new Error('boom'), 'S')],
  ['type error', withStack(new TypeError('t'), 'T')],
  ['each prototype', [EvalError, RangeError, ReferenceError, SyntaxError, URIError]
    .map((E) => withStack(new E('m'), 's'))],
  ['no message', withStack(new RangeError(), 'S')],
  ['cause', withStack(new Error('m', { cause: { n: 42 } }), 'S')],
  ['custom name', withStack(Object.assign(new Error('x'), { name: 'Custom' }), 'S')],
  ['renamed to TypeError', withStack(Object.assign(new Error('x'), { name: 'TypeError' }), 'S')],
  ['subclass', withStack(new (class MyError extends Error {})('y'), 'S')],
  ['aggregate', withStack(new AggregateError([1], 'agg'), 'S')],
  ['no stack', (() => { const e = new Error('z'); delete e.stack; e.extra = 1; return e; })()],
  ['stack not a string', withStack(new SyntaxError('s'), 12)],
  ['error twice', (() => { const e = withStack(new Error('q'), 'S'); return { e, again: e }; })()],
];
for (const [name, value] of cases) console.log(name.padEnd(22), hex(value));
