const m = new Map([['a', 1], ['b', { x: 2 }]]);
const it = m.entries();
it.next();
console.table(it);
console.table(m.keys());
console.table(new Set(['s1', 's2']).values());
console.table(m, ['x']);
for (const bad of ['a', 1, { 0: 'a' }]) {
  try {
    console.table([{ a: 1 }], bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.table(function notTabular() {});
console.table(new Error('no enumerable keys'));
