// The module namespace object: its tag, prototype, descriptors, and what writes do.
import * as ns from './fixtures/forms.js';

console.log(Object.prototype.toString.call(ns), ns[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.isSealed(ns), Object.isFrozen(ns));
console.log(Object.getOwnPropertyDescriptor(ns, 'constant'));
try {
  ns.constant = 1;
} catch (err) {
  console.log(err.constructor.name);
}
try {
  ns.added = 1;
} catch (err) {
  console.log(err.constructor.name);
}
console.log(Reflect.deleteProperty(ns, 'constant'), 'constant' in ns, 'nothing' in ns);
console.log(Reflect.ownKeys(ns).map(String));
