const path = require('path');
const first = require('./fixtures/counter');
const key = require.resolve('./fixtures/counter');
console.log(first.loads, key in require.cache, require.cache[key].exports === first);
console.log(require('./fixtures/counter') === first);
delete require.cache[key];
const second = require('./fixtures/counter');
console.log(second.loads, second === first);
// The cache is consulted after resolution: an entry for an existing file wins over the file.
require.cache[path.join(__dirname, 'fixtures/rel/dotted.name.js')] = { exports: 'from cache', loaded: true };
console.log(require('./fixtures/rel/dotted.name'));
try {
  require.cache[path.join(__dirname, 'virtual.js')] = { exports: 'never used', loaded: true };
  require('./virtual');
} catch (e) {
  console.log(e.code);
}
console.log(require.cache === require('module')._cache);
console.log(Object.keys(require.cache).map((k) => path.relative(__dirname, k)));
