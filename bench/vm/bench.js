'use strict';
// node:vm. Usage: <runtime> bench.js. Prints one JSON line per measurement (each the median of 5 rounds):
//   new context:     µs per vm.createContext({}) plus a tiny script run in it (200 per round)
//   script in context: µs per run of a compiled Script in one context that reads and writes its object (20,000)
//   this context:    µs per vm.runInThisContext of a short new source (2,000; compiles each time)
//   compileFunction: µs per vm.compileFunction of a small body (2,000)
const vm = require('vm');

const median = (a) => a.slice().sort((x, y) => x - y)[a.length >> 1];
const now = () => Number(process.hrtime.bigint()) / 1e6;
const emit = (name, value) => console.log(JSON.stringify({ name, value }));

function measure(name, count, work) {
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const start = now();
    for (let i = 0; i < count; i++) work(i);
    rounds.push(((now() - start) * 1000) / count);
  }
  emit(name, median(rounds));
}

measure('new context (µs)', 200, (i) => {
  const context = vm.createContext({ n: i });
  vm.runInContext('n * 2', context);
});
const context = vm.createContext({ total: 0, step: 3 });
const script = new vm.Script('total += step; total');
measure('script in context (µs)', 20000, () => script.runInContext(context));
measure('this context (µs)', 2000, (i) => vm.runInThisContext(`${i} + 1`));
measure('compileFunction (µs)', 2000, (i) => vm.compileFunction(`return a + ${i}`, ['a'])(1));
