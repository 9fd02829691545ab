const util = require('util');
const proto = { inherited: 1 };
const o = Object.create(proto);
o.own = 2;
console.log(util.inspect(o));
function Ctor() {}
Ctor.prototype.method = function () {};
console.log(util.inspect(new Ctor()));
const fakeCtor = Object.create({ constructor: { name: 'Fake' } });
console.log(util.inspect(fakeCtor));
