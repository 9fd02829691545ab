const util = require('util');
const a = { n: 'a' }; const b = { n: 'b' };
a.b = b; b.a = a; a.self = a; b.self = b;
console.log(util.inspect(a));
console.log(util.inspect([a, b]));
