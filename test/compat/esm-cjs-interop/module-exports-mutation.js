// The default import of CommonJS is module.exports itself: later mutations show through it.
const shared = require('./fixtures/mutable.cjs');
import('./fixtures/mutable.cjs').then((ns) => {
  shared.later = 'added';
  console.log(ns.default === shared, ns.default.later, 'later' in ns);
});
