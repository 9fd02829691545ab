// A three-module cycle: the deepest module not yet visited runs first.
import './fixtures/tri-b.js';
import './fixtures/tri-a.js';
console.log('main');
