const a = require('./fixtures/cycle/a');
console.log('a.loaded =', a.loaded);
const r = require('./fixtures/cycle/replace-a');
console.log(r);
