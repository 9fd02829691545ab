// A required ES module has an entry in require.cache.
const path = require('node:path');
require('./fixtures/named.mjs');
const key = path.join(__dirname, 'fixtures/named.mjs');
console.log(key in require.cache, require.cache[key]?.loaded);
