console.log(require('./fixtures/rel/both'));
console.log(require('./fixtures/rel/only-json'));
console.log(require.resolve('./fixtures/rel/both'));
console.log(require.resolve('./fixtures/rel/only-json'));
