// require() of a graph with top-level await fails with ERR_REQUIRE_ASYNC_MODULE.
for (const file of ['./fixtures/tla.mjs']) {
  try {
    require(file);
  } catch (err) {
    console.log(err.code, err.message.replace(__dirname, '<dir>').replace(__filename, '<file>').split('\n')[0]);
  }
}
