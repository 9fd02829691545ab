const util = require('util');
console.log(util.inspect({ "a'b": 1 }));
console.log(util.inspect({ 'a\tb': 1 }));
console.log(util.inspect(new Map([["k'ey", "v'al"]])));
