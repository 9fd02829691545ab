// A CommonJS dependency runs at its place in the import order, not before the ES modules.
import './fixtures/set-order.js';
import './fixtures/log-a.js';
import './fixtures/cjs-side.cjs';
import './fixtures/log-b.js';
console.log(globalThis.order.join(' > '));
