// In module.exports = { ... }, a first entry whose value is not an identifier stops the scan: no names at all.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/literal-values.cjs';
console.log(names(ns));
