// An imported `let` is a live view of the exporter's variable.
import { count, increment } from './fixtures/counter.js';
console.log(count);
increment();
increment();
console.log(count);
