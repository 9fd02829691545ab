console.log(require('./fixtures/rel/dir'));
console.log(require('./fixtures/rel/dir/'));
console.log(require.resolve('./fixtures/rel/dir'));
