'use strict';
for (const s of ['abzz', 'abz', 'a', '0g12', 'ABCDEF', 'aBcD', '', '123', 'xx12', '12 34']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'hex'), Buffer.byteLength(s, 'hex'));
}
console.log(Buffer.from([0, 15, 16, 255]).toString('hex'));
const b = Buffer.alloc(4);
console.log(b.write('aabbzz', 'hex'), b);
