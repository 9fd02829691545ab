// Namespace keys are sorted by code units, "default" among them; Symbol.toStringTag comes last.
import * as ns from './fixtures/mod.js';
console.log(Reflect.ownKeys(ns));
console.log(Object.keys(ns));
