// require() of an ES module whose dependency awaits at top level is ERR_REQUIRE_ASYNC_MODULE.
try { require('./fixtures/has-tla-dep.mjs'); } catch (err) { console.log(err.code, err.name); }
