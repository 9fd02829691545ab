// The namespace is a null-prototype, non-extensible, sealed-but-not-frozen exotic object.
import * as ns from './fixtures/mod.js';
console.log(Object.getPrototypeOf(ns), Object.isExtensible(ns), Object.isSealed(ns), Object.isFrozen(ns));
console.log(Object.prototype.toString.call(ns), ns[Symbol.toStringTag], typeof ns);
console.log(Object.getOwnPropertyDescriptor(ns, 'alpha'));
console.log(Object.getOwnPropertyDescriptor(ns, Symbol.toStringTag));
