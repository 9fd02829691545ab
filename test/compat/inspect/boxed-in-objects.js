const util = require('util');
console.log(util.inspect({ n: new Number(1), s: new String('s'), b: new Boolean(true) }));
console.log(util.inspect([new String('')]));
