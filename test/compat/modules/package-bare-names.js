// Bare names are looked up in node_modules folders up the tree: fixtures/ has one.
const { createRequire } = require('module');
const req = createRequire(__dirname + '/fixtures/entry.js');
console.log(req('pkg-main'));
console.log(req('pkg-index'));
console.log(req('pkg-main/lib/other'));
console.log(req('pkg-main/package.json').version);
console.log(req.resolve('pkg-index'));
