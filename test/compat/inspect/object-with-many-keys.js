const util = require('util');
const o = {};
for (let i = 0; i < 30; i++) o['k' + i] = i;
console.log(util.inspect(o));
const big = {};
for (let i = 0; i < 5; i++) big['key' + i] = 'value'.repeat(i + 1);
console.log(util.inspect(big));
