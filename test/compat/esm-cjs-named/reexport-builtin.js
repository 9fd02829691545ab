// A re-export of a builtin contributes no names (builtins are not analysed).
import * as ns from './fixtures/reexport-builtin.cjs';
console.log(Object.keys(ns), typeof ns.default.join);
