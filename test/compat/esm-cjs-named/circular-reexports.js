// Re-export chains that loop are followed once per file.
import * as ns from './fixtures/circular-reexport-a.cjs';
console.log(Object.keys(ns));
