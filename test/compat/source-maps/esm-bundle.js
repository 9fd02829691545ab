// compat-argv: ["--enable-source-maps", "{case}"]
'use strict';
// An ES module bundle's frames map to the TypeScript sources too.
const { show } = require('./fixtures/show');

import('./fixtures/out/esm.mjs').then(({ main }) => {
  try {
    main('bad');
  } catch (e) {
    console.log(show(e.stack));
  }
});
