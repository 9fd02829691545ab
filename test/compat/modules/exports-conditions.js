const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('pkg-exports'));
console.log(req('pkg-exports/nested'));
console.log(req.resolve('pkg-exports'));
try {
  req('pkg-exports/browser-only');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
