const util = require('util');
for (const v of [0.1 + 0.2, 1e21, 1e-7, 123e-20, 2 ** 53, -1.5e300, 5e-324, 0xff]) console.log(util.inspect(v));
