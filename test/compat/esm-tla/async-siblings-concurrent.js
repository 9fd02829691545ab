// Async siblings run concurrently: the second starts while the first still awaits.
import './fixtures/init-log.js';
import './fixtures/slow.js';
import './fixtures/fast.js';
console.log(globalThis.log.join(' > '));
