// A local export beats the same name from export *.
import { shared, onlyA } from './fixtures/shadow.js';
console.log(shared, onlyA);
