// for await at the top level of a module.
import { seen } from './fixtures/for-await.js';
console.log(seen);
