const util = require('util');
console.log(util.inspect(Math));
console.log(util.inspect(JSON));
console.log(util.inspect(Reflect).split('\n')[0]);
console.log(util.inspect(Atomics).split('\n')[0]);
console.log(util.inspect(Intl).split('\n')[0]);
console.log(util.inspect(globalThis).split('\n')[0]);
