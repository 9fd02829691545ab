// A package whose "main" is missing loads its index.js, with the DEP0128 warning.
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message.split(__dirname).join('<dir>')));
console.log(require('./fixtures/node_modules/pkg-bad-main'));
console.log('loaded');
