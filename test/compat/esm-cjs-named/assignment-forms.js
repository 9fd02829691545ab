// exports.x, exports['x'], module.exports.x assignments are found wherever they are in the file.
import { names } from './fixtures/show.js';
import * as ns from './fixtures/assign-forms.cjs';
console.log(names(ns), ns.conditional, ns.insideFunction);
