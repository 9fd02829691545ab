const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
try {
  req('pkg-exports/esm.mjs');
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
try {
  req.resolve('pkg-exports/./sub');
} catch (e) {
  console.log(e.code);
}
