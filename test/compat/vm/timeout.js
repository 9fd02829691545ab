// options.timeout stops a script that runs too long: neither its catch nor its finally blocks see it.
const vm = require('node:vm');

const sandbox = { steps: [] };
vm.createContext(sandbox);
try {
  vm.runInContext('try { while (true) {} } catch (e) { steps.push("caught") } finally { steps.push("finally") }',
    sandbox, { timeout: 50 });
} catch (err) {
  console.log(err.code, err.message, err.name);
}
console.log(sandbox.steps);

try {
  vm.runInThisContext('for (;;) { try { for (;;) {} } catch {} }', { timeout: 30 });
} catch (err) {
  console.log(err.code);
}
// A script that finishes in time is not affected, and later code is not interrupted.
console.log(vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 1000 }));
setTimeout(() => {
  let n = 0;
  for (let i = 0; i < 3e6; i++) n += i % 7;
  console.log('later code ran', n > 0);
}, 100);

// Nested runs each keep their own deadline.
try {
  vm.runInNewContext('inner()', {
    inner() {
      return vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
    },
  }, { timeout: 5000 });
} catch (err) {
  console.log('nested', err.code);
}
