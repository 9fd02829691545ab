// vm.Script run options and reuse: one script in several contexts with separate state, timeout on
// Script#runInContext, breakOnSigint accepted, cachedData checks, and run-time options being per call.
const vm = require('node:vm');

const script = new vm.Script('typeof total === "undefined" ? (total = 1) : ++total', { filename: 'reuse.js' });
const c1 = vm.createContext({});
const c2 = vm.createContext({ total: 100 });
console.log([script.runInContext(c1), script.runInContext(c1), script.runInContext(c2), script.runInNewContext()]);
console.log(c1.total, c2.total);

const spin = new vm.Script('let i = 0; while (true) { i++ }');
try {
  spin.runInContext(vm.createContext({}), { timeout: 30 });
} catch (err) {
  console.log(err.code, err.message);
}
try {
  spin.runInNewContext({}, { timeout: 30, displayErrors: false });
} catch (err) {
  console.log(err.code);
}
console.log(new vm.Script('"fine"').runInThisContext({ timeout: 1000, breakOnSigint: true }));
console.log(new vm.Script('6 * 7').runInNewContext({}, { breakOnSigint: true, contextName: 'named' }));

// cachedData: accepted for the same source, rejected for another; createCachedData after running.
const source = 'function add(a, b) { return a + b } add(1, 2)';
const first = new vm.Script(source);
const data = first.createCachedData();
console.log(Buffer.isBuffer(data), data.length > 0);
const same = new vm.Script(source, { cachedData: data });
console.log('same source rejected:', same.cachedDataRejected, same.runInThisContext());
const other = new vm.Script('"another source entirely"', { cachedData: data });
console.log('other source rejected:', other.cachedDataRejected);
const noData = new vm.Script(source);
console.log('without cachedData:', noData.cachedDataRejected, 'cachedDataProduced' in noData);
const typed = new vm.Script(source, { cachedData: new Uint8Array(data) });
console.log('Uint8Array accepted:', typed.cachedDataRejected);
