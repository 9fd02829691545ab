// A namespace serialises and spreads like a plain object of its exports.
import * as ns from './fixtures/star-a.js';
console.log(JSON.stringify(ns), { ...ns }, Object.entries(ns));
