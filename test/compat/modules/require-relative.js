const a = require('./fixtures/rel/a');
console.log(a.name, a.file);
console.log(require('./fixtures/rel/a.js') === a);
console.log(require('./fixtures/rel/../rel/a') === a);
console.log(require('./fixtures/rel/dotted.name'));
