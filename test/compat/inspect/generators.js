const util = require('util');
function* g() { yield 1; }
console.log(util.inspect(g()));
async function* ag() {}
console.log(util.inspect(ag()));
console.log(util.inspect(Object.getPrototypeOf(g)));
