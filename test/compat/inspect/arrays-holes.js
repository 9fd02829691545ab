const util = require('util');
console.log(util.inspect([1, , 3]));
console.log(util.inspect([, ,]));
console.log(util.inspect(new Array(5)));
console.log(util.inspect([1, , , , 5, , ]));
const a = []; a[10] = 'x';
console.log(util.inspect(a));
console.log(util.inspect(new Array(1)));
