const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('@scope/scoped'));
console.log(req('@scope/scoped/util'));
try {
  req('@scope/scoped/index.js');
} catch (e) {
  console.log(e.code, '|', e.message);
}
