// An async module in a cycle: the cycle's root waits for it.
import './fixtures/init-log.js';
import './fixtures/tla-cycle-a.js';
console.log(globalThis.log.join(' > '));
