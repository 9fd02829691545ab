// ESM -> CommonJS -> require() of the ES module still evaluating: ERR_REQUIRE_CYCLE_MODULE, and the module runs once.
import('./fixtures/cycle-a.mjs').then((ns) => console.log('done:', ns.default));
