// Errors crossing contexts: built-in errors raised inside are the context's classes, host errors thrown
// into the context keep the host's classes, and util/assert recognise both kinds.
const vm = require('node:vm');
const util = require('node:util');

const context = vm.createContext({
  hostThrow() { throw new RangeError('from the host'); },
  hostCall(fn) { return fn(); },
});
const inner = vm.runInContext('({ Error, TypeError, RangeError, SyntaxError, ReferenceError, URIError })', context);
console.log(inner.Error === Error, inner.TypeError === TypeError);

// Engine-worded messages are left out where V8's text is incidental.
function describe(label, fn, showMessage = true) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (err) {
    const ctor = err.constructor;
    console.log(label, err.name, showMessage ? JSON.stringify(err.message) : '',
      'host class:', ctor === globalThis[err.name], 'context class:', ctor === inner[err.name],
      'instanceof Error:', err instanceof Error, 'inner Error:', err instanceof inner.Error,
      'isNativeError:', util.types.isNativeError(err), 'isError:', Error.isError ? Error.isError(err) : 'n/a');
  }
}

describe('null property', () => vm.runInContext('null.x', context), false);
describe('bad call', () => vm.runInContext('(void 0)()', context), false);
describe('eval syntax', () => vm.runInContext('eval("{")', context), false);
describe('new Function', () => vm.runInContext('new Function("return (")', context), false);
describe('host throws', () => vm.runInContext('hostThrow()', context));
describe('JSON', () => vm.runInContext('JSON.parse("{bad")', context), false);
describe('stack overflow', () => vm.runInContext('(function f() { f() })()', context));
describe('host calls inner thrower', () => vm.runInContext('hostCall(() => { throw new URIError("u") })', context));
describe('decodeURI', () => vm.runInContext('decodeURIComponent("%")', context), false);
describe('script compile', () => new vm.Script('let let = 1'), false);

// Caught inside: the context sees its own classes for its errors and the host's for host errors.
console.log(vm.runInContext(`
  const results = [];
  try { null.x } catch (e) { results.push(e instanceof TypeError) }
  try { hostThrow() } catch (e) { results.push(e instanceof RangeError, e.constructor.name, e.message) }
  results.join(' ')`, context));

// Error.prototype.toString and inspect of a context error.
const err = vm.runInContext('const e = new TypeError("shown"); e.extra = 1; e', context);
console.log(String(err), Object.prototype.toString.call(err), util.inspect(err).split('\n')[0]);
console.log(Object.keys(err), err.stack.split('\n')[0]);
