// deep-equal 2 and fast-deep-equal 3 unmodified over the same pairs: primitives, NaN and zeros, arrays, plain
// objects, prototypes, dates, regexps, Maps, Sets, typed arrays, boxed primitives, arguments, errors, cycles.
const deepEqual = require('deep-equal');
const fastEqual = require('fast-deep-equal');
const fastEqualES6 = require('fast-deep-equal/es6');
const fastReact = require('fast-deep-equal/react');

class Point { constructor(x) { this.x = x; } }
const cycleA = { name: 'a' };
cycleA.self = cycleA;
const cycleB = { name: 'a' };
cycleB.self = cycleB;
const argumentsOf = function () { return arguments; };

const pairs = [
  ['numbers', 1, 1], ['number vs string', 1, '1'], ['NaN', NaN, NaN], ['zeros', 0, -0], ['null/undefined', null, undefined],
  ['arrays', [1, [2, 3]], [1, [2, 3]]], ['array order', [1, 2], [2, 1]], ['sparse', [, 1], [undefined, 1]], // eslint-disable-line no-sparse-arrays
  ['objects', { a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }], ['extra key', { a: 1 }, { a: 1, b: undefined }],
  ['prototype', new Point(1), { x: 1 }], ['same class', new Point(1), new Point(1)],
  ['null prototype', Object.assign(Object.create(null), { a: 1 }), { a: 1 }],
  ['dates', new Date(5), new Date(5)], ['dates differ', new Date(5), new Date(6)], ['invalid dates', new Date(NaN), new Date(NaN)],
  ['regexps', /a/gi, /a/gi], ['regexp flags', /a/g, /a/i], ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 2 }), /a/g],
  ['maps', new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], ['map values differ', new Map([[1, 2]]), new Map([[1, 3]])],
  ['map object keys', new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  ['sets', new Set([1, 2]), new Set([2, 1])], ['set of objects', new Set([{ a: 1 }]), new Set([{ a: 1 }])],
  ['typed arrays', new Uint8Array([1, 2]), new Uint8Array([1, 2])], ['typed array kinds', new Uint8Array([1]), new Int8Array([1])],
  ['buffers', Buffer.from('ab'), Buffer.from('ab')], ['buffer vs array', Buffer.from([1]), [1]],
  ['array buffers', new ArrayBuffer(2), new ArrayBuffer(2)], ['data views', new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(1))],
  ['boxed', new Number(1), new Number(1)], ['boxed vs primitive', new String('a'), 'a'], ['boxed differ', new Boolean(true), new Boolean(false)],
  ['arguments', argumentsOf(1, 2), argumentsOf(1, 2)], ['arguments vs array', argumentsOf(1), [1]],
  ['errors', new Error('x'), new Error('x')], ['error messages', new Error('x'), new Error('y')], ['error kinds', new TypeError('x'), new Error('x')],
  ['functions', Math.max, Math.max], ['different functions', () => 1, () => 1], ['symbols', Symbol.iterator, Symbol.iterator],
  ['symbol keys', { [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }], ['cycles', cycleA, cycleB],
  ['weak maps', new WeakMap(), new WeakMap()], ['promises', Promise.resolve(1), Promise.resolve(1)],
  ['getters', { get a() { return 1; } }, { a: 1 }], ['array with props', Object.assign([1], { p: 1 }), [1]],
  ['bigint', 10n, 10n], ['react-ish', { $$typeof: 1, _owner: { a: 1 }, v: 1 }, { $$typeof: 1, _owner: { b: 2 }, v: 1 }],
];
// fast-deep-equal recurses forever on cycles, and its es6 build loops forever over a DataView (no length).
const fastSkips = new Set(['cycles', 'data views']);
const safely = (fn) => { try { return fn(); } catch (e) { return `${e.constructor.name}`; } };
for (const [label, a, b] of pairs) {
  console.log(label.padEnd(20), [
    safely(() => deepEqual(a, b)), safely(() => deepEqual(a, b, { strict: true })),
    ...[fastEqual, fastEqualES6, fastReact].map((equal) => (fastSkips.has(label) ? 'skip' : safely(() => equal(a, b)))),
  ].join(' '));
}
