// A synchronous sibling listed after an async one starts before the async one finishes.
import './fixtures/async-dep.js';
import './fixtures/sync-dep.js';
console.log(globalThis.log.join(' > '));
