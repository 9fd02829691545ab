// A transpiled module (__esModule): default is still module.exports, and __esModule is a name.
import esm, * as ns from './fixtures/cjs/esmodule.cjs';
import { helper } from './fixtures/cjs/esmodule.cjs';

console.log(typeof esm, esm.default, helper());
console.log(Object.keys(ns), ns.__esModule, ns.default === esm);
