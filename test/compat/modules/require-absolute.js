const path = require('path');
const abs = path.join(__dirname, 'fixtures', 'rel', 'a.js');
const a = require(abs);
console.log(a.name, a === require('./fixtures/rel/a'));
console.log(require(path.join(__dirname, 'fixtures/rel/dir')));
console.log(require.resolve(abs) === abs);
