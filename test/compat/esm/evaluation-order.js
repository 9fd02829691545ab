// Dependencies evaluate first, depth first, each module once.
import './fixtures/order-a.js';
import './fixtures/order-b.js';
console.log('main last');
