// Siblings with top-level await: each starts in order, the importer waits for all.
import { slow } from './fixtures/tla-slow.js';
import { fast } from './fixtures/tla-fast.js';
import { plain } from './fixtures/tla-plain.js';
console.log('main after all:', slow, fast, plain);
const value = await Promise.resolve('awaited in main');
console.log(value);
