// A namespace object reads the current values of the module's variables.
import * as counter from './fixtures/counter.js';
counter.reset();
const before = counter.count;
counter.increment();
console.log(before, counter.count, Object.getOwnPropertyDescriptor(counter, 'count').value);
