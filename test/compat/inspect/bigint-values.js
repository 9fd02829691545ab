const util = require('util');
console.log(util.inspect(0n));
console.log(util.inspect(2n ** 100n));
console.log(util.inspect([1n, -1n]));
console.log(util.inspect({ n: 123456789012345678901234567890n }, { numericSeparator: true }));
