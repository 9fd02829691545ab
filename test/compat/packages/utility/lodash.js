// lodash 4 unmodified: collections, objects, strings, functions (debounce/throttle on fake-free timers),
// templates, deep clone/equality over built-in types, chaining and lodash's own type checks.
const _ = require('lodash');

const show = (label, value) => console.log(label, JSON.stringify(value));

const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
];

show('chunk', _.chunk([1, 2, 3, 4, 5], 2));
show('compact', _.compact([0, 1, false, 2, '', 3, null, NaN, undefined]));
show('difference', _.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor));
show('flattenDeep', _.flattenDeep([1, [2, [3, [4]], 5]]));
show('uniqBy', _.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'));
show('zipObjectDeep', _.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2]));
show('intersectionWith', _.intersectionWith([{ a: 1 }, { a: 2 }], [{ a: 2 }], _.isEqual));
show('sortedIndex', _.sortedIndex([30, 50], 40));
show('groupBy', _.groupBy(['one', 'two', 'three'], 'length'));
show('keyBy', _.keyBy(users, 'user'));
show('countBy', _.countBy([6.1, 4.2, 6.3], Math.floor));
show('orderBy', _.orderBy(users, ['active', 'age'], ['desc', 'asc']).map((u) => u.user));
show('partition', _.partition(users, 'active').map((g) => g.map((u) => u.user)));
show('filter matches', _.filter(users, { age: 36, active: true }).map((u) => u.user));
show('find matchesProperty', _.find(users, ['active', false]));
show('reduce', _.reduce({ a: 1, b: 2, c: 1 }, (acc, v, k) => { (acc[v] || (acc[v] = [])).push(k); return acc; }, {}));
show('sumBy/meanBy', [_.sumBy(users, 'age'), _.meanBy(users, 'age'), _.maxBy(users, 'age').user]);
show('sampleSize within', _.sampleSize([1, 2, 3, 4], 2).every((n) => n >= 1 && n <= 4));
show('shuffle keeps', _.shuffle([1, 2, 3, 4, 5]).sort());
show('range', [_.range(4), _.range(0, 20, 5), _.range(0, -4, -1), _.rangeRight(3)]);

const nested = { a: [{ b: { c: 3 } }], d: new Date(0), m: new Map([[1, { x: 1 }]]), s: new Set([1, 2]), r: /x/gi };
const deep = _.cloneDeep(nested);
show('cloneDeep', [deep !== nested, deep.a[0].b !== nested.a[0].b, deep.d instanceof Date, deep.d.getTime(),
  deep.m.get(1), [...deep.s], String(deep.r), _.isEqual(deep, nested)]);
show('get/set/has', [_.get(nested, 'a[0].b.c'), _.get(nested, ['a', '0', 'b', 'x'], 'dflt'),
  _.set({}, 'x[0].y', 5), _.has(nested, 'a[0].b'), _.hasIn(Object.create({ p: 1 }), 'p')]);
show('merge', _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
show('mergeWith', _.mergeWith({ a: [1] }, { a: [2] }, (x, y) => (_.isArray(x) ? x.concat(y) : undefined)));
show('defaultsDeep', _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }));
show('pick/omit', [_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']), _.omit({ a: 1, b: '2', c: 3 }, ['a']),
  _.pickBy({ a: 1, b: '2', c: 3 }, _.isNumber)]);
show('mapValues/mapKeys', [_.mapValues({ a: 1, b: 2 }, (n) => n * 3), _.mapKeys({ a: 1 }, (v, k) => k + v)]);
show('invert/toPairs', [_.invert({ a: 1, b: 2 }), _.toPairs({ a: 1, b: 2 }), _.fromPairs([['x', 1]])]);
show('isEqual', [_.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.isEqual(new Set([1]), new Set([2])),
  _.isEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2])), _.isEqual(NaN, NaN), _.isEqual(+0, -0)]);
show('isMatch', _.isMatch({ a: 1, b: { c: 2, d: 3 } }, { b: { c: 2 } }));

show('types', [_.isPlainObject({}), _.isPlainObject(Object.create(null)), _.isPlainObject(new (class X {})()),
  _.isArguments((function () { return arguments; })()), _.isTypedArray(new Float64Array(1)),
  _.isBuffer(Buffer.alloc(1)), _.isArrayBuffer(new ArrayBuffer(1)), _.isMap(new Map()), _.isWeakSet(new WeakSet()),
  _.isError(new TypeError('x')), _.isNative(Array.prototype.push), _.isFunction(async () => {}),
  _.isSymbol(Symbol.iterator), _.isElement({}), _.isEmpty(new Map()), _.isEmpty({ a: 1 }), _.isNil(undefined),
  _.isSafeInteger(2 ** 53), _.isLength(3), _.isArrayLike('abc'), _.isRegExp(/x/), _.isDate(new Date())]);
show('conversions', [_.toNumber('0x1f'), _.toNumber('0b101'), _.toInteger('3.9'), _.toFinite(Infinity),
  _.toSafeInteger(-Infinity), _.toString([1, [2, -0]]), _.toPath('a[0].b["c.d"]'), _.castArray(1), _.toArray('ab')]);

show('strings', [_.camelCase('Foo Bar_baz-qux'), _.kebabCase('fooBarBaz'), _.snakeCase('Foo Bar'),
  _.startCase('--foo-bar--'), _.capitalize('FRED'), _.upperFirst('fred'), _.deburr('déjà vu Ærøskøbing'),
  _.escape('<a href="x">&\'</a>'), _.unescape('&lt;b&gt;&amp;&#39;'), _.escapeRegExp('[lodash](https://x.y/)'),
  _.pad('abc', 8, '_-'), _.padStart('5', 3, '0'), _.repeat('ab', 3), _.trim('-_-abc-_-', '_-'),
  _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: /,? +/ }), _.words('fred, barney, & pebbles'),
  _.words('camelCaseHTMLParser'), _.parseInt('08'), _.split('a-b-c', '-', 2), _.template('hi <%= user %>!')({ user: 'fred' })]);

const tpl = _.template('<% _.forEach(users, function(u) { %><li><%- u.user %></li><% }); %>${ total }');
console.log('template', tpl({ users: [{ user: '<b>' }, { user: 'x' }], total: 2 }));
try {
  _.template('<%= missing %>')({});
} catch (e) {
  console.log('template error', e.name, e.message);
}

const memo = _.memoize((n) => n * 2);
memo(2); memo(2);
show('memoize', [memo.cache.has(2), memo.cache.size ?? 'n/a']);
const curried = _.curry((a, b, c) => [a, b, c]);
show('curry', [curried(1)(2)(3), curried(1, _, 3)(2)]);
show('partial/flow', [_.partial((a, b) => a + b, 'x')('y'), _.flow([(x) => x + 1, (x) => x * 2])(3),
  _.flowRight(Math.sqrt, (x) => x * x)(4)]);
let called = 0;
const onced = _.once(() => ++called);
onced(); onced();
show('once/before/after', [called, _.times(5, _.before(3, () => 'b')), _.after(2, () => 'now')()]);
show('ary/rearg/negate', [['6', '8', '10'].map(_.ary(parseInt, 1)), _.rearg((a, b) => [a, b], [1, 0])(1, 2),
  [1, 2, 3].filter(_.negate((n) => n % 2))]);

const chained = _.chain(users).filter('active').map((u) => `${u.user}:${u.age}`).sortBy().value();
show('chain', chained);
show('implicit chain', _([1, 2, 3]).map((n) => n * n).sum());
show('lazy take', _.range(1, 1000).filter((n) => n % 7 === 0).slice(0, 3));
show('math', [_.round(4.006, 2), _.floor(-4.06, 1), _.ceil(6040, -2), _.clamp(10, -5, 5), _.inRange(3, 2, 4),
  _.random(5, 5), _.add(6, 4), _.divide(6, 4)]);
show('uniqueId', [_.uniqueId('c_'), _.uniqueId('c_')]);
show('version', _.VERSION);

const debounced = _.debounce((v) => console.log('debounced with', v), 20);
debounced(1); debounced(2); debounced(3);
const throttled = _.throttle((v) => console.log('throttled with', v), 1000, { trailing: false });
throttled('first'); throttled('second');
setTimeout(() => {
  const delayed = _.defer((v) => console.log('deferred', v), 'ok');
  console.log('defer id is a timer', typeof delayed !== 'undefined');
}, 60);
