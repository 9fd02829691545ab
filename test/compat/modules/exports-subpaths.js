const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('pkg-exports/sub'));
console.log(req('pkg-exports/package.json').name);
console.log(req.resolve('pkg-exports/sub'));
for (const id of ['pkg-exports/lib/sub.js', 'pkg-exports/sub.js', 'pkg-exports/legacy-main.js']) {
  try {
    req(id);
  } catch (e) {
    console.log(e.code, '|', e.message);
  }
}
