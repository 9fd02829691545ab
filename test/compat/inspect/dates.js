const util = require('util');
console.log(util.inspect(new Date(0)));
console.log(util.inspect(new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123))));
console.log(util.inspect(new Date(NaN)));
const d = new Date(86400000); d.note = 'n';
console.log(util.inspect(d));
console.log(util.inspect({ d: new Date(1e12) }));
class MyDate extends Date {}
console.log(util.inspect(new MyDate(0)));
