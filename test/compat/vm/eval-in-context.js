// eval and Function inside a context: direct eval sees the script's scope, indirect eval and new Function see the
// context's global, their var declarations land on the sandbox, strict eval keeps its own, and the functions they
// make belong to the context's realm; sandbox properties named like built-ins shadow them inside.
const vm = require('node:vm');

const sandbox = { Array: 'shadowed', Math: 1 };
const ctx = vm.createContext(sandbox);
console.log('shadowing', vm.runInContext('[typeof Array, Math, typeof globalThis.Array, [].constructor.name]', ctx));
console.log('evals', vm.runInContext(`
  var x = 5;
  eval('var y = x + 1');
  (0, eval)('var z = 3');
  new Function('return [typeof y, typeof z, typeof x, y + z]')();
`, ctx), 'sandbox', sandbox.x, sandbox.y, sandbox.z);
console.log('Function realm', vm.runInContext('new Function("return this")() === globalThis', ctx),
  vm.runInContext('Function', ctx) === Function,
  vm.runInContext('new Function("return 1")', ctx) instanceof Function,
  vm.runInContext('(0, eval)("(function () {})")', ctx) instanceof vm.runInContext('Function', ctx));
const strict = vm.runInContext('(function () { "use strict"; return eval("var q = 1; let r = 2; q + r"); })', ctx);
console.log('strict eval', strict(), 'q' in sandbox, 'r' in sandbox);
console.log('scope of direct eval', vm.runInContext(`
  (function () { const hidden = 'local'; return [eval('hidden'), (0, eval)('typeof hidden')]; })()
`, ctx));
sandbox.fromHost = 'host value';
console.log('live sandbox', vm.runInContext('eval("fromHost") + " / " + new Function("return fromHost")()', ctx));
try {
  vm.runInContext('eval("let = ;")', ctx);
} catch (e) {
  console.log('syntax error from eval', e instanceof SyntaxError, e instanceof vm.runInContext('SyntaxError', ctx));
}
try {
  vm.runInContext('new Function("a", "return a +")', ctx);
} catch (e) {
  console.log('syntax error from Function', e.name, e instanceof vm.runInContext('SyntaxError', ctx));
}
const other = vm.createContext({});
const fromOther = vm.runInContext('(function () { return eval("typeof x"); })', other);
console.log('a function keeps its own context', fromOther(), vm.runInContext('typeof x', ctx));
