// In a cycle, the module evaluated first can call the other's hoisted functions before it runs.
import './fixtures/fn-a.js';
console.log('main');
