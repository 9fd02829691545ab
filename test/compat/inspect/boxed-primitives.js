const util = require('util');
console.log(util.inspect(new Number(3)));
console.log(util.inspect(new Number(-0)));
console.log(util.inspect(new String('abc')));
console.log(util.inspect(new Boolean(false)));
console.log(util.inspect(Object(Symbol('s'))));
console.log(util.inspect(Object(10n)));
const s = new String('xy'); s.extra = 1;
console.log(util.inspect(s));
console.log(util.inspect(new String('ab'), { showHidden: true }));
class MyNum extends Number {}
console.log(util.inspect(new MyNum(4)));
