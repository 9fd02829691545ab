const util = require('util');
console.log(util.inspect(new Map()));
console.log(util.inspect(new Map([['a', 1], [{ k: 1 }, [2]]])));
console.log(util.inspect(new Map([[new Map([[1, 2]]), new Set([3])]])));
const m = new Map([[1, 2]]); m.extra = 'yes';
console.log(util.inspect(m));
class MyMap extends Map {}
console.log(util.inspect(new MyMap([[1, 1]])));
