// module.exports = { ... }: shorthand and `key: identifier` entries are found, until the first entry of another kind.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/literal.cjs';
console.log(names(ns));
