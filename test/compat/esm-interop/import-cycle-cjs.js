'use strict';
// An ES module importing a CommonJS module that is still running (b.cjs -> a.mjs -> b.cjs, through require(esm)):
// ERR_REQUIRE_CYCLE_MODULE with the specifier as written and the importer.
try {
  require('./fixtures/cycle/b.cjs');
} catch (e) {
  console.log(e.name, e.code, e.message.split(__dirname).join('<dir>'));
}
