// require() of a graph where a module awaits at top level is ERR_REQUIRE_ASYNC_MODULE before any of it runs, and
// still is once an import() has evaluated it.
for (const target of ['./fixtures/awaits.mjs', './fixtures/imports-awaits.mjs']) {
  try {
    require(target);
  } catch (err) {
    console.log(target, err.code);
  }
}
console.log('ran before import:', globalThis.awaitsRan ?? 0, globalThis.importerRan ?? false);
import('./fixtures/imports-awaits.mjs').then((ns) => {
  console.log('imported:', ns.value, 'ran:', globalThis.awaitsRan, globalThis.importerRan);
  try {
    require('./fixtures/awaits.mjs');
  } catch (err) {
    console.log('after import:', err.code);
  }
});
