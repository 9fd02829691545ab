// The well-known disposal symbols exist, and the library's disposers are keyed by them.
const d = Object.getOwnPropertyDescriptor(Symbol, 'dispose');
console.log(typeof Symbol.dispose, String(Symbol.dispose), String(Symbol.asyncDispose), d.writable, d.enumerable, d.configurable);
const t = setTimeout(() => console.log('never'), 1000);
console.log(typeof t[Symbol.dispose], Object.hasOwn(Object.getPrototypeOf(t), 'undefined'));
t[Symbol.dispose]();
const i = setImmediate(() => console.log('never either'));
i[Symbol.dispose]();
