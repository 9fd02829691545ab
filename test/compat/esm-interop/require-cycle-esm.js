'use strict';
// require() of an ES module that a require() is still evaluating (a.mjs -> b.cjs -> a.mjs): Node refuses the
// cycle with ERR_REQUIRE_CYCLE_MODULE naming the outer requirer.
try {
  require('./fixtures/cycle/a.mjs');
} catch (e) {
  console.log(e.name, e.code, e.message.split(__dirname).join('<dir>'));
}
