console.log(require('./fixtures/node_modules/pkg-main'));
console.log(require('./fixtures/node_modules/pkg-main-noext'));
console.log(require('./fixtures/node_modules/pkg-main-dir'));
console.log(require.resolve('./fixtures/node_modules/pkg-main'));
