// import.meta.resolve converts its argument to a string and needs one.
import { rel } from './fixtures/rel.js';
console.log(rel(import.meta.resolve({ toString: () => './fixtures/plain.js' })));
try { import.meta.resolve(); } catch (err) { console.log(err.code, err.name); }
console.log(import.meta.resolve.length, import.meta.resolve.name);
