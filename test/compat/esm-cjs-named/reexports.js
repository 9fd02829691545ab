// module.exports = require('x') and a leading ...require('x') re-export the other module's names.
import { names } from './fixtures/show.js';
import * as a from './fixtures/reexport-require.cjs';
import * as b from './fixtures/reexport-spread.cjs';
console.log(names(a));
console.log(names(b));
