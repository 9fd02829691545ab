// A namespace of a module in the cycle lists all names before it evaluates; reading a let throws.
import { report } from './fixtures/ns-a.js';
console.log('a after:', report());
