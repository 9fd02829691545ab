'use strict';
function t(label, fn) {
  try {
    const r = fn();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const util = require('util');
console.log(Buffer.from('hello'));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(51));
console.log(Buffer.alloc(52));
console.log(util.inspect(Buffer.from('ab')));
console.log([Buffer.from('a')], { b: Buffer.from('xy') });
const x = Buffer.from('hi');
x.foo = 1;
x.bar = 'z';
console.log(x);
console.log(util.inspect(x, { showHidden: true }));
const e = Buffer.alloc(0);
e.k = 1;
console.log(e);
console.log(Buffer.from('hi').inspect());
console.log(util.format('%s %o', Buffer.from('a'), Buffer.from('b')));
