const util = require('util');
const opts = { numericSeparator: true };
for (const v of [1, 1000, 12345, 1234567.891, -9876543, 0.0001, 1e21, 123456789n, -1000n, 123.456789]) {
  console.log(util.inspect(v, opts));
}
console.log(util.inspect([1000000, 2000.5], opts));
