const util = require('util');
console.log(util.inspect('a'.repeat(200)));
console.log(util.inspect({ key: 'b'.repeat(100) }));
console.log(util.inspect(['c'.repeat(80), 'd']));
