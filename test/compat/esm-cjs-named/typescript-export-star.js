// TypeScript's __exportStar(require('x'), exports) re-exports are followed.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/ts-star.cjs';
console.log(names(ns), ns.a);
