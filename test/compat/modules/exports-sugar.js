const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('pkg-sugar'));
try {
  req('pkg-sugar/hidden.js');
} catch (e) {
  console.log(e.code);
  console.log(e.message);
}
