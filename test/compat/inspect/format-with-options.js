const util = require('util');
console.log(util.formatWithOptions({ colors: true }, '%s %o', 'x', 1));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 1, 'a', [2])));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }));
