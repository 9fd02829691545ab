const util = require('util');
for (const v of [1, -0, 0, 1.5, NaN, Infinity, -Infinity, 10n, -5n, true, false, null, undefined]) {
  console.log(util.inspect(v));
}
