const util = require('util');
console.log(util.inspect([-0, 0, +0]));
console.log(util.inspect({ z: -0 }));
console.log(util.inspect(new Map([[-0, -0]])));
console.log(util.inspect(new Set([-0])));
console.log(util.inspect(new Float32Array([-0])));
