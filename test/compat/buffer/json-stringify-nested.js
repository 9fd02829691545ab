'use strict';
const o = { name: 'x', data: Buffer.from([1, 2]), list: [Buffer.from('a')] };
console.log(JSON.stringify(o));
console.log(JSON.stringify(Buffer.from('hi'), null, 1));
