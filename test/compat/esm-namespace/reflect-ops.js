// Reflect operations on a namespace: define, set and delete fail except where they change nothing.
import * as ns from './fixtures/mod.js';
console.log(Reflect.set(ns, 'alpha', 'x'), Reflect.deleteProperty(ns, 'alpha'), Reflect.deleteProperty(ns, 'nope'));
console.log(Reflect.defineProperty(ns, 'alpha', { value: 'a', writable: true, enumerable: true, configurable: false }));
console.log(Reflect.defineProperty(ns, 'alpha', { value: 'other' }));
console.log(Reflect.setPrototypeOf(ns, null), Reflect.setPrototypeOf(ns, {}), Reflect.preventExtensions(ns));
console.log('alpha' in ns, 'nope' in ns, Reflect.has(ns, Symbol.toStringTag), ns.nope);
