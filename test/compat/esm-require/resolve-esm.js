// require.resolve works the same for ES module files.
console.log(require.resolve('./fixtures/named.mjs').replace(__dirname, '.'), require.resolve('cond-pkg').replace(__dirname, '.'));
