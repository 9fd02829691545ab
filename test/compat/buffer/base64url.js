'use strict';
for (const s of ['a+/b', 'a-_b', 'aGVsbG8', 'aGVsbG8=', '_-8']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64url'));
}
const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x01]);
console.log(bytes.toString('base64'), bytes.toString('base64url'));
for (let n = 0; n < 6; n++) console.log(n, Buffer.alloc(n, 0xff).toString('base64'), Buffer.alloc(n, 0xff).toString('base64url'));
