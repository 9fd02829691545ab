// export * as name exports the other module's namespace object itself.
import * as ns from './fixtures/star-as.js';
import * as a from './fixtures/star-a.js';
console.log(Object.keys(ns), ns.inner === a, ns.inner.default);
