const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
try {
  req('pkg-exports/features/private/secret');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
