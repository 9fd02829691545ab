// Dependencies evaluate depth-first, in source order, each once, before their importer's body.
import './fixtures/imp-a.js';
import './fixtures/imp-c.js';
console.log(globalThis.order.join(' > '));
