console.log(require.resolve('./fixtures/rel/a'));
console.log(require.resolve('./fixtures/rel/data.json'));
console.log(require.resolve('path'), require.resolve('node:path'));
try {
  require.resolve('./fixtures/rel/nope');
} catch (e) {
  console.log(e.code);
}
try {
  require.resolve(42);
} catch (e) {
  console.log(e.code, e.message);
}
