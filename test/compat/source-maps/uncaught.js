// compat-argv: ["--enable-source-maps", "{case}"]
'use strict';
// An uncaught error from mapped code: the report's source line and caret come from the original source
// (the map's sourcesContent), and its frames are mapped.
const { main } = require('./fixtures/out/bundle.js');

main('bad');
