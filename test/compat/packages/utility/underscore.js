// underscore 1.13 unmodified (its UMD build through the package's exports map): collections, arrays, objects,
// functions, templates, chaining, mixins and its own type checks.
const _ = require('underscore');

const show = (label, value) => console.log(label, JSON.stringify(value));
const stooges = [{ name: 'moe', age: 40 }, { name: 'larry', age: 50 }, { name: 'curly', age: 60 }];

show('each order', (() => { const seen = []; _.each({ b: 1, a: 2 }, (v, k) => seen.push(k + v)); return seen; })());
show('map/reduceRight', [_.map([1, 2, 3], (n) => n * 3), _.reduceRight([[0, 1], [2, 3]], (a, b) => a.concat(b), [])]);
show('find/filter/reject', [_.find([1, 2, 3, 4], (n) => n % 2 === 0), _.filter([1, 2, 3, 4], (n) => n % 2),
  _.reject([1, 2, 3, 4], (n) => n % 2)]);
show('where/findWhere', [_.where(stooges, { age: 50 }), _.findWhere(stooges, { name: 'curly' })]);
show('every/some/contains', [_.every([2, 4], (n) => n % 2 === 0), _.some([null, 0, 'yes']), _.contains([1, 2], 3)]);
show('invoke/pluck', [_.invoke([[5, 1, 7], [3, 2, 1]], 'sort'), _.pluck(stooges, 'name')]);
show('max/min', [_.max(stooges, (s) => s.age).name, _.min([10, 5, 100]), _.max([])]);
show('sortBy/groupBy/indexBy/countBy', [_.sortBy(['bb', 'a', 'ccc'], 'length'), _.groupBy([1.3, 2.1, 2.4], Math.floor),
  _.indexBy(stooges, 'age'), _.countBy([1, 2, 3, 4, 5], (n) => (n % 2 === 0 ? 'even' : 'odd'))]);
show('shuffle/sample keep members', [_.shuffle([1, 2, 3]).sort(), [1, 2, 3].includes(_.sample([1, 2, 3]))]);
show('toArray/size/partition', [_.toArray({ a: 1, b: 2 }), _.size({ one: 1, two: 2 }), _.partition([0, 1, 2, 3], (n) => n & 1)]);
show('arrays', [_.first([5, 4, 3], 2), _.initial([5, 4, 3]), _.last([5, 4, 3]), _.rest([5, 4, 3]),
  _.compact([0, 1, false, 2]), _.flatten([1, [2], [3, [[4]]]], true), _.without([1, 2, 1, 3], 1),
  _.union([1, 2], [2, 3]), _.intersection([1, 2, 3], [101, 2, 1]), _.difference([1, 2, 3], [5, 2]),
  _.uniq([1, 2, 1, 4, 1, 3]), _.zip(['a', 'b'], [1, 2]), _.unzip([['a', 1], ['b', 2]]), _.object(['a', 'b'], [1, 2]),
  _.chunk([1, 2, 3, 4, 5], 2), _.indexOf([1, 2, 3], 2), _.lastIndexOf([1, 2, 1], 1), _.sortedIndex([10, 20], 15),
  _.findIndex([4, 6, 8], (n) => n > 5), _.range(0, 30, 10)]);

const obj = { name: 'moe', age: 50, nested: { a: [1, 2] } };
show('objects', [_.keys(obj), _.allKeys(Object.create({ inherited: 1 })), _.values({ a: 1 }), _.mapObject({ a: 1, b: 2 }, (v) => v * 5),
  _.pairs({ a: 1 }), _.invert({ a: 'x' }), _.functions({ f() {}, g: 1 }), _.findKey({ a: 1, b: 2 }, (v) => v > 1),
  _.extend({}, { a: 1 }, { b: 2 }), _.pick(obj, 'name', 'age'), _.omit(obj, 'nested'), _.defaults({ a: 1 }, { a: 2, b: 3 }),
  _.has(obj, 'name'), _.property(['nested', 'a', 1])(obj), _.matcher({ age: 50 })(obj), _.isMatch(obj, { name: 'moe' })]);
const cloned = _.clone(obj);
show('clone is shallow', [cloned !== obj, cloned.nested === obj.nested]);
show('isEqual', [_.isEqual({ a: [1, { b: new Date(5) }] }, { a: [1, { b: new Date(5) }] }), _.isEqual([1], [2]),
  _.isEqual(new Number(1), 1), _.isEqual(/a/g, /a/g), _.isEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)))]);
show('types', [_.isEmpty({}), _.isElement({}), _.isArray([]), _.isObject(() => {}), _.isArguments((function () { return arguments; })()),
  _.isFunction(class {}), _.isString(''), _.isNumber(NaN), _.isFinite('12'), _.isBoolean(false), _.isDate(new Date()),
  _.isRegExp(/x/), _.isError(new RangeError()), _.isSymbol(Symbol()), _.isMap(new Map()), _.isWeakMap(new WeakMap()),
  _.isSet(new Set()), _.isArrayBuffer(new ArrayBuffer(0)), _.isDataView(new DataView(new ArrayBuffer(0))),
  _.isTypedArray(new Int8Array(0)), _.isNaN(NaN), _.isNull(null), _.isUndefined(void 0)]);

const add = (a, b) => a + b;
show('partial/bind', [_.partial(add, _, 5)(1), _.bind(function (g) { return `${g} ${this.name}`; }, { name: 'moe' }, 'hi')()]);
const fib = _.memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
show('memoize', fib(50));
let count = 0;
const init = _.once(() => ++count);
init(); init();
show('once/after/before/compose/wrap/negate', [count, _.after(1, () => 'ran')(), _.times(3, _.before(2, () => 'x')),
  _.compose((s) => `${s}!`, (s) => s.toUpperCase())('hey'), _.wrap((s) => s, (f, s) => `<${f(s)}>`)('w'),
  _.filter([1, 2, 3], _.negate((n) => n === 2))]);
show('restArguments', _.restArguments((a, rest) => [a, rest])(1, 2, 3));

show('utility', [_.identity(3), _.constant('c')(), _.noop(), _.times(3, (i) => i * i), _.random(2, 2),
  _.escape('curly, "larry" & <moe>'), _.unescape('&lt;&amp;&#x27;'), _.result({ f() { return 'r'; } }, 'f'),
  _.uniqueId('id'), _.uniqueId('id'), typeof _.now()]);
const t = _.template('<% _.each(people, function(name) { %><li><%- name %></li><% }); %> <%= people.length %>');
console.log('template', t({ people: ['moe', '<curly>'] }));
try {
  _.template('<%= nope %>')({});
} catch (e) {
  console.log('template error', e.name, e.message);
}
_.templateSettings.interpolate = /\{\{(.+?)\}\}/g;
console.log('template settings', _.template('Hello {{ name }}!')({ name: 'Mustache' }));

_.mixin({ capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase() });
show('mixin', _('fabio').capitalize());
show('chain', _.chain(stooges).sortBy('age').map((s) => `${s.name} is ${s.age}`).first().value());
show('wrapped', _([1, 2, 3]).map((n) => n + 1));
show('VERSION', _.VERSION);

// Deferred first: its 1 ms timer then expires before the debounce timer however slow the run.
_.defer(() => console.log('deferred runs before timers'));
const debounced = _.debounce((v) => console.log('debounced', v), 15);
debounced('a'); debounced('b');
_.delay((v) => console.log('delayed', v), 40, 'late');
