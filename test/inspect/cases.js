'use strict';
// The cases the harness compares: each is a value (with inspect options), a util.format call, or a
// function of the util module under test.

const list = [];
const v = (name, value, options) => list.push({ name, value, options });
const va = (name, value, ...args) => list.push({ name, value, args });
const f = (name, format, options) => list.push({ name, format, options });
const r = (name, run) => list.push({ name, run });

// --- primitives
v('string simple', () => 'hello');
v('string empty', () => '');
v('string with single quote', () => "it's");
v('string with both quotes', () => 'it\'s "x"');
v('string with all quotes', () => 'it\'s "x" `y`');
v('string with all quotes and ${', () => 'a\'"`${');
v('string escapes', () => 'a\nb\tc\\d\x00\x07\x1b\x7f\x85');
v('string lone surrogates', () => '\ud800x\udc00\ud83d\ude00');
v('string long multiline', () => 'line one is long enough\n'.repeat(8));
v('string long multiline nested', () => ({ a: { b: 'x'.repeat(30) + '\n' + 'y'.repeat(120) } }));
v('string long single line', () => 'z'.repeat(300));
v('string maxStringLength', () => 'abcdefghij', { maxStringLength: 4 });
v('string maxStringLength one', () => 'abcde', { maxStringLength: 4 });
v('string maxStringLength null', () => 'abcde', { maxStringLength: null });
v('number', () => 42);
v('negative zero', () => -0);
v('NaN', () => NaN);
v('Infinity', () => -Infinity);
v('float', () => 3.14159);
v('numericSeparator int', () => 1234567, { numericSeparator: true });
v('numericSeparator float', () => 1234567.891234, { numericSeparator: true });
v('numericSeparator negative', () => -1234567.5, { numericSeparator: true });
v('numericSeparator small', () => 123, { numericSeparator: true });
v('numericSeparator exp', () => 1e21, { numericSeparator: true });
v('numericSeparator bigint', () => 12345678901234567890n, { numericSeparator: true });
v('numericSeparator array', () => [1000, 2000000, 0.0001], { numericSeparator: true });
v('bigint', () => 123n);
v('bigint negative', () => -5n);
v('boolean', () => true);
v('undefined', () => undefined);
v('null', () => null);
v('symbol', () => Symbol('desc'));
v('symbol no desc', () => Symbol());
v('symbol registered', () => Symbol.for('reg'));
v('symbol well-known', () => Symbol.iterator);

// --- objects
v('empty object', () => ({}));
v('simple object', () => ({ a: 1, b: 'two', c: [3] }));
v('nested depth default', () => ({ a: { b: { c: { d: { e: 1 } } } } }));
v('nested depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 });
v('nested depth null', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null });
v('nested depth Infinity', () => ({ a: { b: { c: { d: {} } } } }), { depth: Infinity });
v('empty nested beyond depth', () => ({ a: { b: { c: {} } } }));
v('quoted keys', () => ({ 'a-b': 1, '1': 2, 'valid_name': 3, 'with space': 4, "it's": 5, '': 6 }));
v('__proto__ key', () => JSON.parse('{"__proto__": 1}'));
v('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol()]: 2, x: 3 }));
v('symbol key escape', () => ({ [Symbol('a\nb')]: 1 }));
v('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'hid', { value: 2, enumerable: false }));
v('non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, 'hid', { value: 2, enumerable: false }), { showHidden: true });
v('undefined property', () => ({ a: undefined }));
v('long object breaks', () => {
  const o = {};
  for (let i = 0; i < 30; i++) o[`key${i}`] = i;
  return o;
});
v('object with long values', () => ({ a: 'x'.repeat(60), b: 'y'.repeat(60), c: 'z'.repeat(20) }));
v('object exactly around breakLength', () => ({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddddddddd', e: 1234567 }));
v('breakLength small', () => ({ a: 1, b: 2, c: 3 }), { breakLength: 10 });
v('breakLength Infinity', () => ({ a: 'x'.repeat(100), b: 'y'.repeat(100) }), { breakLength: Infinity });
v('compact false', () => ({ a: 1, b: { c: 2 } }), { compact: false });
v('compact false array', () => [1, [2, 3]], { compact: false });
v('compact true', () => ({ a: 1, b: { c: 2, d: [1, 2, 3] } }), { compact: true });
v('compact true long', () => ({ a: 'x'.repeat(80), b: { c: 'y'.repeat(80) } }), { compact: true });
v('compact 1', () => ({ a: { b: { c: 1 } } }), { compact: 1 });
v('compact 2', () => ({ a: { b: { c: 1 } }, d: 2 }), { compact: 2 });
v('compact 3 deep mixed', () => ({ a: [{ b: { c: {} } }], x: 'y' }));
v('sorted', () => ({ c: 1, a: 2, b: 3 }), { sorted: true });
v('sorted comparator', () => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => (a < b ? 1 : -1) });
v('sorted map', () => new Map([['b', 1], ['a', 2]]), { sorted: true });
v('sorted array keys', () => Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true });
v('null prototype', () => Object.create(null));
v('null prototype with props', () => Object.assign(Object.create(null), { a: 1 }));
v('proto chain without constructor', () => Object.create(Object.create(null)));
v('object with toStringTag', () => ({ [Symbol.toStringTag]: 'Tagged', a: 1 }));
v('object with inherited toStringTag', () => {
  class T {
    get [Symbol.toStringTag]() { return 'Custom'; }
  }
  return new T();
});
v('object with inherited toStringTag and props', () => {
  class T {
    get [Symbol.toStringTag]() { return 'Custom'; }
  }
  return Object.assign(new T(), { a: 1 });
});
v('plain object inherited tag', () => Object.create({ [Symbol.toStringTag]: 'Z' }));

// --- class instances
v('class instance', () => {
  class Foo {}
  return new Foo();
});
v('class instance props', () => {
  class Foo {
    constructor() { this.x = 1; }
  }
  return new Foo();
});
v('class extends Map', () => {
  class Foo extends Map {}
  return new Foo([[1, 2]]);
});
v('class extends empty Map', () => {
  class Foo extends Map {}
  return new Foo();
});
v('class extends Array', () => {
  class Bar extends Array {}
  return Bar.from([1, 2]);
});
v('class extends Set', () => {
  class S extends Set {}
  return new S([1]);
});
v('anonymous class instance', () => new (class {})());
v('nested class instance depth', () => {
  class Foo {
    constructor() { this.inner = { deep: { deeper: { x: 1 } } }; }
  }
  return new Foo();
});
v('class instance beyond depth', () => {
  class Foo {
    constructor() { this.a = 1; }
  }
  return { x: { y: { z: new Foo() } } };
});
v('null proto beyond depth', () => ({ x: { y: { z: Object.assign(Object.create(null), { a: 1 }) } } }));
v('instance showHidden prototype accessor', () => {
  class P {
    get value() { return 1; }
  }
  return new P();
}, { showHidden: true });

// --- arrays
v('empty array', () => []);
v('array', () => [1, 'a', null, undefined]);
v('array holes', () => [1, , 3]);
v('array leading holes', () => [, , 1]);
v('array many holes', () => [1, , , , 5, , ]);
v('array only holes', () => new Array(5));
v('array one hole', () => new Array(1));
v('sparse large', () => {
  const a = [];
  a[1000000] = 1;
  return a;
});
v('array holes maxArrayLength', () => [1, , 3, , 5, , 7], { maxArrayLength: 3 });
v('array extra props', () => Object.assign([1, 2], { foo: 'bar' }));
v('array extra props only', () => Object.assign([], { foo: 'bar' }));
v('array maxArrayLength', () => Array.from({ length: 200 }, (_, i) => i));
v('array maxArrayLength 2', () => [1, 2, 3, 4], { maxArrayLength: 2 });
v('array maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
v('array maxArrayLength null', () => Array.from({ length: 120 }, () => 1), { maxArrayLength: null });
v('array grouping numbers', () => Array.from({ length: 30 }, (_, i) => i * 7));
v('array grouping strings', () => Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
v('array grouping mixed', () => [1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9]);
v('array grouping long items', () => Array.from({ length: 10 }, (_, i) => 'item number ' + i));
v('array of 7 small', () => [1, 2, 3, 4, 5, 6, 7]);
v('array grouping nested', () => ({ list: Array.from({ length: 40 }, (_, i) => i) }));
v('array of objects', () => [{ a: 1 }, { b: 2 }, { c: { d: { e: 1 } } }]);
v('array nested depth', () => [[[[[1]]]]]);
v('array of arrays grouping', () => Array.from({ length: 10 }, (_, i) => [i]));
v('array bigint grouping', () => Array.from({ length: 12 }, (_, i) => BigInt(i * 100)));
v('array with length property showHidden', () => [1, 2], { showHidden: true });
v('null proto array', () => Object.setPrototypeOf([1, 2], null));
v('array with toStringTag', () => Object.defineProperty([1], Symbol.toStringTag, { value: 'X' }));
v('array unicode wide grouping', () => Array.from({ length: 16 }, (_, i) => '漢字'.repeat(i % 3 + 1)));

// --- typed arrays, buffers
v('Uint8Array', () => new Uint8Array([1, 2, 3]));
v('empty Uint8Array', () => new Uint8Array(0));
v('Float64Array', () => new Float64Array([1.5, -0, NaN]));
v('BigInt64Array', () => new BigInt64Array([1n, -2n]));
v('typed array long', () => new Uint16Array(150));
v('typed array showHidden', () => new Int8Array([1, 2]), { showHidden: true });
v('typed array extra prop', () => Object.assign(new Uint8Array(2), { x: 1 }));
v('ArrayBuffer', () => new Uint8Array([0, 1]).buffer);
v('ArrayBuffer empty', () => new ArrayBuffer(0));
v('ArrayBuffer long', () => new ArrayBuffer(120));
v('ArrayBuffer maxArrayLength', () => new ArrayBuffer(10), { maxArrayLength: 4 });
v('SharedArrayBuffer', () => new SharedArrayBuffer(3));
v('DataView', () => new DataView(new ArrayBuffer(4), 1, 2));
v('ArrayBuffer in object', () => ({ buf: new ArrayBuffer(2) }));
v('Buffer-like Uint8Array grouping', () => new Uint8Array(40).map((_, i) => i * 3));

// --- Map, Set, iterators, weak collections
v('Map', () => new Map([['a', 1], [{ k: 1 }, [2]]]));
v('empty Map', () => new Map());
v('Map extra prop', () => Object.assign(new Map([[1, 2]]), { x: 1 }));
v('Set', () => new Set([1, 'two', { three: 3 }]));
v('empty Set', () => new Set());
v('Set maxArrayLength', () => new Set([1, 2, 3, 4]), { maxArrayLength: 2 });
v('Map maxArrayLength', () => new Map([[1, 1], [2, 2], [3, 3]]), { maxArrayLength: 1 });
v('Map nested', () => new Map([['outer', new Map([['inner', new Set([1])]])]]));
v('Map beyond depth', () => ({ a: { b: { c: new Map([[1, 2]]) } } }));
v('Map iterator entries', () => new Map([['a', 1], ['b', 2]]).entries());
v('Map iterator keys', () => new Map([['a', 1], ['b', 2]]).keys());
v('Map iterator values', () => new Map([['a', 1], ['b', 2]]).values());
v('Map iterator partially consumed', () => {
  const it = new Map([['a', 1], ['b', 2]]).keys();
  it.next();
  return it;
});
v('Set iterator values', () => new Set([1, 2]).values());
v('Set iterator entries', () => new Set([1, 2]).entries());
v('Map iterator maxArrayLength', () => new Map([[1, 1], [2, 2], [3, 3]]).entries(), { maxArrayLength: 1 });
v('WeakMap', () => new WeakMap([[{}, 1]]));
v('WeakSet', () => new WeakSet([{}]));
v('WeakMap showHidden', () => {
  const k = { key: 1 };
  globalThis.__keepAlive = k;
  return new WeakMap([[k, 'v']]);
}, { showHidden: true });
v('WeakSet showHidden', () => {
  const k = { member: 1 };
  globalThis.__keepAlive2 = k;
  return new WeakSet([k]);
}, { showHidden: true });

// --- functions
v('function', () => function foo() {});
v('anonymous function', () => (0, function () {}));
v('arrow', () => () => {});
v('named arrow', () => {
  const arrowFn = () => {};
  return arrowFn;
});
v('async function', () => async function af() {});
v('generator function', () => function* gen() {});
v('async generator function', () => async function* ag() {});
v('async arrow', () => async () => {});
v('class', () => class A {});
v('class extends', () => {
  class A {}
  return class B extends A {};
});
v('anonymous class', () => (0, class {}));
v('class extends null', () => class N extends null {});
v('class with comment', () => class /* c */ C {});
v('method named class', () => ({ class() {} }).class);
v('function with props', () => Object.assign(function f() {}, { a: 1 }));
v('class with static', () => {
  class S {
    static x = 1;
  }
  return S;
});
v('function null proto', () => Object.setPrototypeOf(function np() {}, null));
v('function showHidden', () => function sh(a, b) {}, { showHidden: true });
v('bound function', () => function bf() {}.bind(null));
v('function in object', () => ({ fn: function x() {}, cls: class Y {} }));
v('function with toStringTag', () => Object.defineProperty(function t() {}, Symbol.toStringTag, { value: 'Tg' }));
v('method', () => ({ m() {} }).m);
v('generator method', () => ({ *g() {} }).g);

// --- accessors
v('getter', () => ({ get a() { return 1; } }));
v('setter', () => ({ set a(x) {} }));
v('getter setter', () => ({ get a() { return 1; }, set a(x) {} }));
v('getters true', () => ({ get a() { return 1; }, get b() { return { c: 2 }; }, get n() { return null; } }), { getters: true });
v('getters get', () => ({ get a() { return 1; }, get b() { return 2; }, set b(x) {} }), { getters: 'get' });
v('getters set', () => ({ get a() { return 1; }, get b() { return 2; }, set b(x) {} }), { getters: 'set' });
v('getter throws', () => ({ get a() { throw cleanStack(new Error('boom'), 'Error: boom\n    at get a (file.js:1:1)'); } }), { getters: true });
v('getter string', () => ({ get s() { return 'str'; } }), { getters: true });

// --- errors
const cleanStack = (e, stack) => {
  Object.defineProperty(e, 'stack', { value: stack, enumerable: false, writable: true, configurable: true });
  return e;
};
v('error', () => new Error('msg'));
v('error in object', () => ({ err: new Error('inner') }));
v('error no stack', () => cleanStack(new Error('nostack'), undefined));
v('error stack without frames', () => cleanStack(new Error('x'), 'Error: x'));
v('error with props', () => Object.assign(new Error('props'), { code: 'E_X', extra: 1 }));
v('error with cause', () => new Error('outer', { cause: new Error('inner') }));
v('error with primitive cause', () => new Error('outer', { cause: 'just a string' }));
v('error with undefined cause', () => new Error('outer', { cause: undefined }));
v('TypeError', () => new TypeError('bad type'));
v('RangeError in array', () => [new RangeError('r')]);
v('AggregateError', () => new AggregateError([new Error('a'), new Error('b')], 'many'));
v('error name changed', () => {
  const e = new Error('m');
  e.name = 'CustomName';
  return e;
});
v('error name changed to Error-like', () => {
  const e = new Error('m');
  e.name = 'ValidationError';
  return e;
});
v('error message changed', () => {
  const e = new Error('original');
  e.message = 'changed';
  return e;
});
v('error subclass', () => {
  class MyError extends Error {}
  return new MyError('sub');
});
v('error subclass with name', () => {
  class MyError extends Error {
    constructor(m) {
      super(m);
      this.name = 'MyError';
    }
  }
  return new MyError('named');
});
v('error null prototype', () => Object.setPrototypeOf(cleanStack(new Error('np'), 'Error: np\n    at foo (file.js:1:1)'), null));
v('error empty message', () => new Error(''));
v('error showHidden', () => cleanStack(new Error('sh'), 'Error: sh\n    at x (y.js:1:1)'), { showHidden: true });
v('error nested indentation', () => ({ a: { b: new Error('deep') } }));
v('error with toStringTag', () => Object.defineProperty(new Error('t'), Symbol.toStringTag, { value: 'Tag' }));
v('error stack not string', () => cleanStack(new Error('ns'), { not: 'a string' }));
v('error name not string', () => {
  const e = cleanStack(new Error('m'), 'Error: m\n    at z (a.js:1:1)');
  e.name = 42;
  return e;
});
v('error cause circular', () => {
  const e = new Error('self');
  e.cause = e;
  return e;
});
v('error beyond depth', () => ({ a: { b: { c: new Error('deep') } } }));

// --- boxed primitives
v('boxed number', () => new Number(3));
v('boxed negative zero', () => new Number(-0));
v('boxed string', () => new String('ab'));
v('boxed string showHidden', () => new String('ab'), { showHidden: true });
v('boxed boolean', () => new Boolean(false));
v('boxed bigint', () => Object(5n));
v('boxed symbol', () => Object(Symbol('s')));
v('boxed with props', () => Object.assign(new Number(1), { x: 2 }));
v('boxed string with props', () => Object.assign(new String('hi'), { x: 2 }));
v('boxed subclass', () => {
  class N extends Number {}
  return new N(7);
});

// --- dates, regexps
v('date', () => new Date(0));
v('invalid date', () => new Date(NaN));
v('date with props', () => Object.assign(new Date(86400000), { x: 1 }));
v('date subclass', () => {
  class D extends Date {}
  return new D(0);
});
v('regexp', () => /ab+c/gi);
v('regexp with props', () => Object.assign(/x/, { y: 1 }));
v('regexp subclass', () => {
  class R extends RegExp {}
  return new R('a');
});
v('regexp null proto', () => Object.setPrototypeOf(/np/, null));
v('RegExp.prototype', () => RegExp.prototype);

// --- promises and proxies
v('promise fulfilled', () => Promise.resolve(1));
v('promise pending', () => new Promise(() => {}));
v('promise rejected', () => {
  const p = Promise.reject(new Error('no'));
  p.catch(() => {});
  return p;
});
v('promise rejected primitive', () => {
  const p = Promise.reject(3);
  p.catch(() => {});
  return p;
});
v('promise with object', () => Promise.resolve({ a: { b: { c: {} } } }));
v('promise with props', () => Object.assign(Promise.resolve(2), { x: 1 }));
v('promise in object', () => ({ p: Promise.resolve('x') }));
v('promise undefined', () => Promise.resolve());
v('proxy object', () => new Proxy({ a: 1 }, {}));
v('proxy showProxy', () => new Proxy({ a: 1 }, { get() { return 5; } }), { showProxy: true });
v('proxy traps not run', () => new Proxy({ a: 1 }, { ownKeys() { throw new Error('trap ran'); }, get() { throw new Error('trap ran'); } }));
v('proxy of array', () => new Proxy([1, 2], {}));
v('proxy of function', () => new Proxy(function pf() {}, {}));
v('proxy revoked', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
});
v('proxy revoked showProxy', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}, { showProxy: true });
v('proxy showProxy beyond depth', () => ({ a: { b: { c: new Proxy({}, {}) } } }), { showProxy: true });
v('nested proxy showProxy', () => new Proxy(new Proxy({}, {}), {}), { showProxy: true });

// --- circular
v('circular object', () => {
  const o = { a: 1 };
  o.self = o;
  return o;
});
v('circular array', () => {
  const a = [1];
  a.push(a);
  return a;
});
v('two circular refs', () => {
  const a = { name: 'a' };
  const b = { name: 'b', a };
  a.b = b;
  a.self = a;
  b.self = b;
  return a;
});
v('circular map', () => {
  const m = new Map();
  m.set('me', m);
  return m;
});
v('circular compact true', () => {
  const o = {};
  o.o = o;
  return o;
}, { compact: true });
v('shared not circular', () => {
  const s = { x: 1 };
  return { a: s, b: s };
});

// --- custom inspect
v('custom inspect string', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }));
v('custom inspect object', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return { replaced: true }; } }));
v('custom inspect multiline nested', () => ({ a: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'line1\nline2'; } } }));
v('custom inspect args', () => ({
  [Symbol.for('nodejs.util.inspect.custom')](depth, options, insp) {
    return `depth=${depth} compact=${options.compact} same=${typeof insp} ${insp({ x: 1 })} ${typeof options.stylize}`;
  },
}));
v('custom inspect depth nested', () => ({ a: { b: { [Symbol.for('nodejs.util.inspect.custom')](depth) { return `d${depth}`; } } } }));
v('custom inspect returns this', () => {
  const o = { a: 1 };
  o[Symbol.for('nodejs.util.inspect.custom')] = function () { return this; };
  return o;
});
v('custom inspect disabled', () => ({ a: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'no'; } }), { customInspect: false });
v('custom inspect user options', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o) { return `extra=${o.myOption}`; } }), { myOption: 42 });
v('custom inspect on class prototype', () => {
  class C {
    [Symbol.for('nodejs.util.inspect.custom')]() { return 'C!'; }
  }
  return { inst: new C(), proto: C.prototype };
});
v('custom inspect stylize', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o) { return o.stylize('s', 'string'); } }), { colors: true });

// --- colors
v('colors primitives', () => [1, 'str', true, null, undefined, Symbol('s'), 5n], { colors: true });
v('colors object', () => ({ a: 1, b: 'x', d: new Date(0), r: /x/, f() {} }), { colors: true });
v('colors nested long', () => ({ list: Array.from({ length: 30 }, (_, i) => i) }), { colors: true });
v('colors map', () => new Map([['k', [1, null]]]), { colors: true });
v('colors boxed', () => [new Number(1), new String('s')], { colors: true });
v('colors holes', () => [1, , 2], { colors: true });
v('colors circular', () => {
  const o = {};
  o.o = o;
  return o;
}, { colors: true });

// --- arguments, namespaces, misc
v('arguments', () => (function () { return arguments; })(1, 'a'));
v('empty arguments', () => (function () { return arguments; })());
v('globalThis-like', () => ({ globalThis: 'not really' }));
v('Math', () => Math);
v('JSON', () => JSON);
v('Reflect has toStringTag', () => Reflect);
v('object with Symbol.iterator', () => ({ [Symbol.iterator]() {}, a: 1 }));
v('generator object', () => (function* g() { yield 1; })());
v('Intl-free Atomics', () => Atomics);
va('legacy showHidden arg', () => Object.defineProperty({}, 'h', { value: 1 }), true);
va('legacy depth arg', () => ({ a: { b: { c: { d: 1 } } } }), false, 0);
va('legacy colors arg', () => ({ a: 1 }), false, 2, true);
va('no options', () => ({ a: [1, 2] }));
v('deep array depth limit', () => ({ a: [[[{ x: 1 }]]] }));
v('very wide object compact', () => ({ a: Array.from({ length: 7 }, (_, i) => ({ i })) }));
v('object with newline key', () => ({ 'a\nb': 1 }));
v('object in set in array', () => [new Set([{ a: [1, 2, { b: 3 }] }])]);
v('depth -1', () => ({ a: 1 }), { depth: -1 });
v('array depth -1', () => [1], { depth: -1 });
v('many keys wrap', () => Object.fromEntries(Array.from({ length: 8 }, (_, i) => ['k' + i, 'v'.repeat(i * 3)])));
v('indentation of multiline in array', () => [{ a: 'x'.repeat(70), b: 'y'.repeat(70) }, 'z']);

// --- util.format
f('format no args', () => []);
f('format single string', () => ['plain %s']);
f('format %s', () => ['hello %s!', 'world']);
f('format %s number', () => ['%s', 42]);
f('format %s -0', () => ['%s', -0]);
f('format %s bigint', () => ['%s', 5n]);
f('format %s symbol', () => ['%s', Symbol('sy')]);
f('format %s object', () => ['%s', { a: { b: { c: 1 } } }]);
f('format %s array', () => ['%s', [1, [2, [3]]]]);
f('format %s null undefined', () => ['%s %s', null, undefined]);
f('format %s custom toString', () => ['%s', { toString() { return 'custom'; } }]);
f('format %s class toString', () => {
  class T {
    toString() { return 'T!'; }
  }
  return ['%s', new T()];
});
f('format %s error', () => ['%s', cleanStack(new Error('e'), 'Error: e\n    at q (w.js:1:1)')]);
f('format %s date', () => ['%s', new Date(0)]);
f('format %s function', () => ['%s', function fx() {}]);
f('format %d', () => ['%d', '42']);
f('format %d float', () => ['%d', 1.5]);
f('format %d bigint', () => ['%d', 7n]);
f('format %d symbol', () => ['%d', Symbol('x')]);
f('format %d object', () => ['%d', {}]);
f('format %d -0', () => ['%d', -0]);
f('format %i', () => ['%i', 42.9]);
f('format %i string', () => ['%i', '0x10']);
f('format %i bigint', () => ['%i', 9n]);
f('format %f', () => ['%f', '1.5e2']);
f('format %f symbol', () => ['%f', Symbol('x')]);
f('format %j', () => ['%j', { a: [1, 'b'] }]);
f('format %j circular', () => {
  const o = {};
  o.o = o;
  return ['%j', o];
});
f('format %j undefined', () => ['%j', undefined]);
f('format %o', () => ['%o', { a: [1, 2], f() {} }]);
f('format %o function', () => ['%o', function named() {}]);
f('format %O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
f('format %c', () => ['a%cb', 'color: red']);
f('format %%', () => ['100%% sure %s', 'yes']);
f('format %% alone', () => ['100%%']);
f('format %% with extra', () => ['%%', 1]);
f('format unknown specifier', () => ['%x %s', 'a']);
f('format trailing %', () => ['abc%', 1]);
f('format missing args', () => ['%s %s %d', 'only']);
f('format extra args', () => ['%s', 'a', 'b', { c: 1 }, 2]);
f('format non-string first', () => [{ a: 1 }, 'x', 3]);
f('format number first', () => [1, 2, 3]);
f('format strings only', () => ['a', 'b', 'c']);
f('format with options colors', () => ['%O %s', { a: 1 }, 'x', [2]], { colors: true });
f('format with options depth', () => ['%O', { a: { b: 1 } }], { depth: 0 });
f('format %s proxy', () => ['%s', new Proxy({ a: 1 }, {})]);
f('format %s null proto', () => ['%s', Object.create(null)]);
f('format %s toPrimitive', () => ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]);

// --- API surface
r('inspect.custom symbol', (u) => String(u.inspect.custom === Symbol.for('nodejs.util.inspect.custom')));
r('defaultOptions keys', (u) => JSON.stringify(u.inspect.defaultOptions));
r('defaultOptions set invalid', (u) => {
  u.inspect.defaultOptions = 1;
  return 'no throw';
});
r('defaultOptions set null', (u) => {
  u.inspect.defaultOptions = null;
  return 'no throw';
});
r('defaultOptions set depth', (u) => {
  const old = u.inspect.defaultOptions.depth;
  u.inspect.defaultOptions = { depth: 0 };
  try {
    return u.inspect({ a: { b: 1 } });
  } finally {
    u.inspect.defaultOptions = { depth: old };
  }
});
r('colors keys', (u) => Object.keys(u.inspect.colors).join());
r('colors aliases', (u) => `${u.inspect.colors.grey} ${u.inspect.colors.faint} ${u.inspect.colors.swapColors}`);
r('styles', (u) => JSON.stringify(u.inspect.styles));
r('styles proto', (u) => String(Object.getPrototypeOf(u.inspect.styles)));
r('stripVTControlCharacters', (u) => u.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
r('stripVTControlCharacters invalid', (u) => u.stripVTControlCharacters(5));
r('formatWithOptions invalid', (u) => u.formatWithOptions(null, 'x'));
r('custom style', (u) => {
  const old = u.inspect.styles.number;
  u.inspect.styles.number = 'red';
  try {
    return u.inspect(5, { colors: true });
  } finally {
    u.inspect.styles.number = old;
  }
});
r('stylize option', (u) => u.inspect({ a: 1, b: 'x' }, { stylize: (s, t) => `<${t}:${s}>` }));

async function build() {
  // Module namespace objects need a real import.
  const ns = await import('data:text/javascript,export const a = 1; export function b() {}; export default { c: 3 };');
  list.push({ name: 'module namespace', value: () => ns });
  list.push({ name: 'module namespace in object', value: () => ({ ns }) });
  list.push({ name: 'module namespace showHidden', value: () => ns, options: { showHidden: true } });
  return list;
}

module.exports = { build };
