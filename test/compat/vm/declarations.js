// Declarations across several runs in one context: redeclaring let/const/class is a SyntaxError of the
// context, var and function redeclare freely, const is read-only, and functions replace sandbox values.
const vm = require('node:vm');

const sandbox = { existing: 'from sandbox', fn: 'not yet a function' };
const context = vm.createContext(sandbox);
function run(code) {
  try {
    const value = vm.runInContext(code, context);
    console.log(JSON.stringify(code), '->', typeof value === 'function' ? `function ${value.name}` : value);
  } catch (err) {
    // (the redeclaration message is V8's wording, left out)
    console.log(JSON.stringify(code), 'threw', err.name, '|', err.name === 'SyntaxError' ? '' : err.message,
      '| own realm:', err instanceof Error, '| context realm:', err instanceof vm.runInContext(err.name, context));
  }
}

run('let a = 1; a');
run('let a = 2');
run('var a = 3');
run('const c = "c"; c');
run('c = "changed"');
run('c');
run('class K {}; typeof K');
run('class K {}');
run('var v = 1; var v = 2; v');
run('var v; v');
run('function fn() { return "declared" }; fn()');
console.log(typeof sandbox.fn, sandbox.fn && sandbox.fn());
run('function fn() { return "again" }; fn()');
run('let existing = "lexical"; existing');
console.log(sandbox.existing);
run('existing');
run('this.existing');
run('typeof hoisted; function hoisted() {}');
run('typeof later; var later = 1');
console.log(Object.keys(sandbox));
run('delete fn');
run('typeof fn');
run('undeclared = 5; delete undeclared');
console.log('undeclared' in sandbox);
