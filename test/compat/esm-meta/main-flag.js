// import.meta.main is true only in the entry module.
import { meta } from './fixtures/plain.js';
console.log(import.meta.main, meta.main);
