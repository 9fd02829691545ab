const util = require('util');
console.log(util.inspect(new Uint8Array(30).map((_, i) => i * 7)));
console.log(util.inspect(new Float64Array(8).map((_, i) => i / 3)));
console.log(util.inspect(new Uint8Array(120)));
