// compat-argv: ["--enable-source-maps", "{case}"]
'use strict';
// A minified bundle with an inline data: map: positions and the original function names come back (a frame's
// name is the one the map gives its call site in the frame below, in the same file).
const { show } = require('./fixtures/show');
const { main } = require('./fixtures/out/inline.js');

try {
  main('bad');
} catch (e) {
  console.log(show(e.stack));
}
