// Script timeouts: an endless loop stops with ERR_SCRIPT_EXECUTION_TIMEOUT (its message names the limit) in this
// context, a new one and a compiled function's caller; finite work under the limit completes; bad timeouts are
// refused before running.
const vm = require('node:vm');

const show = (label, fn) => {
  try {
    console.log(label, 'returned', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
show('runInThisContext', () => vm.runInThisContext('while (true) {}', { timeout: 50 }));
show('runInNewContext', () => vm.runInNewContext('for (;;) {}', {}, { timeout: 30 }));
show('Script in context', () => new vm.Script('let i = 0; while (true) i++;').runInContext(vm.createContext(), { timeout: 20 }));
show('quick work', () => vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 1000 }));
for (const timeout of [0, -1, 1.5, '10', 2 ** 32, NaN]) {
  show(`timeout ${String(timeout)}`, () => vm.runInNewContext('1', {}, { timeout }));
}
console.log('still running');
