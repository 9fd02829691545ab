// vm.measureMemory() (and its experimental warning): a promise of a summary ({ total }) or, in detailed mode, per-context figures ({ total,
// current, other }); each entry is an estimate and a [low, high] range. Only shapes and relations are printed.
const vm = require('node:vm');

function describe(entry) {
  const { jsMemoryEstimate: estimate, jsMemoryRange: range } = entry;
  return [Object.keys(entry).join(','), typeof estimate, Number.isInteger(estimate), estimate >= 0,
    Array.isArray(range), range.length, range.every(Number.isInteger), range[0] <= range[1]].join(' ');
}

(async () => {
  const contexts = [vm.createContext({}), vm.createContext({ big: new Array(1000).fill('x') })];
  // (the default execution waits for the next garbage collection, so only 'eager' is awaited)
  const pending = vm.measureMemory({ execution: 'eager' });
  console.log('returns a promise:', pending instanceof Promise);
  const summary = await pending;
  console.log('summary keys:', Object.keys(summary), describe(summary.total));
  console.log('WebAssembly:', Object.entries(summary.WebAssembly).map(([k, v]) => `${k} ${Number.isInteger(v) && v >= 0}`));

  const detailed = await vm.measureMemory({ mode: 'detailed', execution: 'eager' });
  console.log('detailed keys:', Object.keys(detailed), Array.isArray(detailed.other));
  console.log('total:', describe(detailed.total));
  console.log('current:', describe(detailed.current));
  console.log('other entries described alike:', detailed.other.every((o) => describe(o) === describe(detailed.total)));
  const lazy = vm.measureMemory({ mode: 'detailed' });
  console.log('default execution also a promise:', lazy instanceof Promise);
  console.log('contexts still alive:', contexts.every(vm.isContext));

  for (const options of [null, 'summary', { mode: 'SUMMARY' }, { execution: 'lazy' }, { mode: undefined, execution: 'eager' }]) {
    try {
      const result = vm.measureMemory(options);
      console.log(JSON.stringify(options), 'accepted', result instanceof Promise);
    } catch (err) {
      console.log(JSON.stringify(options), err.code, err.message);
    }
  }
})();
