const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('pkg-exports/features/alpha'));
console.log(req('pkg-exports/features/alpha.js'));
console.log(req('pkg-exports/features/deep/beta'));
console.log(req('pkg-exports/assets/data.json'));
console.log(req.resolve('pkg-exports/features/deep/beta'));
try {
  req('pkg-exports/features/missing');
} catch (e) {
  console.log(e.code);
}
