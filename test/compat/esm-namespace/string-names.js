// Exports and imports may use string names that are not identifiers.
import { 'string name' as s, 'ünï' as u } from './fixtures/mod.js';
import * as ns from './fixtures/mod.js';
console.log(s, u, ns['string name']);
