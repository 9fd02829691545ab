// What vm code throws reaches the caller unchanged: primitives, null and undefined, plain objects, host objects,
// errors with odd or frozen `stack` properties, and errors thrown from getters and finally blocks.
const vm = require('node:vm');
const { isNativeError } = require('node:util').types;

const hostObject = { host: true };
const context = vm.createContext({ hostObject });
const cases = [
  ['string', 'throw "plain string"'],
  ['number', 'throw 42'],
  ['null', 'throw null'],
  ['undefined', 'throw undefined'],
  ['symbol', 'throw Symbol.for("thrown")'],
  ['bigint', 'throw 10n'],
  ['object', 'throw { code: "E_CUSTOM", detail: [1, 2] }'],
  ['host object', 'throw hostObject'],
  ['error without stack', '{ const e = new Error("stackless"); delete e.stack; throw e }'],
  ['string stack', '{ const e = new Error("custom"); e.stack = "custom stack"; throw e }'],
  ['frozen error', 'throw Object.freeze(new TypeError("frozen"))'],
  ['non-error with message', 'throw { name: "Fake", message: "looks like an error" }'],
  ['getter throws', '({ get x() { throw new RangeError("from getter") } }).x'],
  ['finally overrides', 'try { throw new Error("first") } finally { throw new SyntaxError("second") }'],
  ['rethrown host error', 'try { JSON.parse("{") } catch (e) { throw e }'],
];
for (const [label, code] of cases) {
  for (const displayErrors of [true, false]) {
    try {
      vm.runInContext(code, context, { filename: `${label}.js`, displayErrors });
      console.log(label, 'no throw');
    } catch (thrown) {
      const kind = thrown === null ? 'null' : typeof thrown;
      const shown = kind === 'object' ? JSON.stringify(Object.fromEntries(Object.entries(thrown))) : String(thrown);
      let stack = thrown !== null && kind === 'object' && 'stack' in thrown
        ? JSON.stringify(String(thrown.stack).split('\n')[0]) : '-';
      if (label === 'rethrown host error') stack = '<engine message>';
      if (label === 'frozen error') stack = typeof thrown.stack;
      console.log(`${label} (displayErrors ${displayErrors}):`, kind, shown,
        isNativeError(thrown) ? `${thrown.name}: ${label === 'rethrown host error' ? '<message>' : thrown.message}` : 'not an Error',
        'stack line 1:', stack,
        thrown === hostObject ? '(same host object)' : '');
    }
  }
}

// A promise rejected inside with a primitive is seen as is.
vm.runInContext('Promise.reject(404)', context).catch((reason) => console.log('rejected with', typeof reason, reason));
vm.runInContext('(async () => { throw undefined })()', context).catch((reason) => console.log('async threw', reason));
