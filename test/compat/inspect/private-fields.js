const util = require('util');
class P { #secret = 1; pub = 2; static #s = 3; }
console.log(util.inspect(new P()));
console.log(util.inspect(P));
