const util = require('util');
const buf = new ArrayBuffer(8);
console.log(util.inspect(new Uint16Array(buf, 2, 2), { showHidden: true }));
console.log(util.inspect(new Uint8Array(3), { showHidden: true }));
