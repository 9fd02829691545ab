'use strict';
// An error thrown while a required ES module graph evaluates reaches require()'s caller; uncaught, it is an
// uncaught exception once (not again from the module machinery), and a cached errored graph throws it again.
let seen = 0;
process.on('uncaughtException', (e) => console.log('uncaught', ++seen, e.message));
process.on('exit', (code) => console.log('exit', code, seen));
try {
  require('./fixtures/throwing/graph.mjs');
} catch (e) {
  console.log('caught', e.message);
}
setTimeout(() => console.log('timer still runs'), 10);
require('./fixtures/throwing/graph.mjs');
console.log('not reached');
