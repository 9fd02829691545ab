const path = require('path');
const { createRequire } = require('module');
const fromFile = createRequire(path.join(__dirname, 'fixtures/rel/virtual.js'));
console.log(fromFile('./a').name);
const fromDir = createRequire(path.join(__dirname, 'fixtures/rel') + '/');
console.log(fromDir('./dir'));
console.log(fromFile.resolve('./a') === require.resolve('./fixtures/rel/a'));
console.log(typeof fromFile.cache, fromFile.cache === require.cache);
for (const bad of ['relative/path.js', 42, null]) {
  try {
    createRequire(bad);
  } catch (e) {
    console.log(e.code);
  }
}
