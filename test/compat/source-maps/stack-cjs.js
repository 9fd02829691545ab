// compat-argv: ["--enable-source-maps", "{case}"]
'use strict';
// With --enable-source-maps, the frames of a CommonJS bundle point into its TypeScript sources (a map file
// named by the bundle's sourceMappingURL comment); frames elsewhere stay as they are.
const { show } = require('./fixtures/show');
const { main } = require('./fixtures/out/bundle.js');

console.log(main('ok'));
try {
  main('bad');
} catch (e) {
  console.log(show(e.stack));
}
console.log(process.sourceMapsEnabled);
