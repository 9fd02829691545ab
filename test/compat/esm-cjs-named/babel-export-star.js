// Babel's Object.keys(_x).forEach(...) re-export loop is recognised.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/babel-star.cjs';
console.log(names(ns), ns.b);
