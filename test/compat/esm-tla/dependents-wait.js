// A module importing an async module runs after that module's await has settled.
import './fixtures/waits-for-async.js';
console.log(globalThis.log.join(' > '));
