// Protocols that cross realms: the host iterates a context's Map, Set, arrays, generators and custom iterables
// (for-of, spread, Array.from, destructuring), and the context iterates host ones; JSON with toJSON and revivers
// from the other side, sorting with the other realm's comparator, Object.entries/fromEntries, and
// Symbol.iterator / Symbol.toPrimitive being the same symbols everywhere.
const vm = require('node:vm');

const ctx = vm.createContext({ hostMap: new Map([['h', 1]]), hostGen: function* () { yield 'g1'; yield 'g2'; } });
const made = vm.runInContext(`({
  map: new Map([['a', 1], ['b', 2]]),
  set: new Set([3, 4]),
  array: [5, 6, 7],
  gen: (function* () { yield 8; yield 9; })(),
  custom: { *[Symbol.iterator]() { yield 'x'; yield 'y'; } },
  dated: { toJSON() { return 'from context toJSON'; } },
  money: { [Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : 'forty-two'; } },
  byLength: (a, b) => a.length - b.length,
})`, ctx);
const out = [];
for (const [k, v] of made.map) out.push(`${k}=${v}`);
console.log('for-of map', out.join(' '), 'spread set', [...made.set], 'Array.from', Array.from(made.array, (n) => n * 2));
const [first, ...rest] = made.gen;
console.log('destructured generator', first, rest, 'custom', [...made.custom], Array.isArray([...made.custom]));
console.log('JSON', JSON.stringify({ d: made.dated, m: [...made.map] }),
  JSON.parse('{"n":1,"s":"t"}', vm.runInContext('(k, v) => typeof v === "number" ? v * 10 : v', ctx)));
console.log('toPrimitive', +made.money, `${made.money}`, made.money + '');
console.log('sort', ['ccc', 'a', 'bb'].sort(made.byLength), 'entries', Object.entries(made.map), Object.fromEntries(made.map));
console.log('inside', vm.runInContext('[[...hostMap], [...hostGen()], Array.from(new Set(hostMap.keys()))]', ctx));
console.log('same symbols', vm.runInContext('Symbol.iterator', ctx) === Symbol.iterator,
  vm.runInContext('Symbol.toPrimitive', ctx) === Symbol.toPrimitive,
  vm.runInContext('Symbol.asyncIterator', ctx) === Symbol.asyncIterator);
const asyncGen = vm.runInContext('(async function* () { yield 1; yield 2; })()', ctx);
(async () => {
  const got = [];
  for await (const v of asyncGen) got.push(v);
  console.log('for await over a context async generator', got);
  const all = await Promise.all(vm.runInContext('[Promise.resolve("p1"), "plain", Promise.resolve("p2")]', ctx));
  console.log('Promise.all over context promises', all, all instanceof Array);
})();
