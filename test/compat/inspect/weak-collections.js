const util = require('util');
const k = {};
const wm = new WeakMap([[k, 1]]);
console.log(util.inspect(wm));
const ws = new WeakSet([k]);
console.log(util.inspect(ws));
console.log(util.inspect(new WeakRef(k)));
console.log(util.inspect({ wm }));
