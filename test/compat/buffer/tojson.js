'use strict';
console.log(JSON.stringify(Buffer.from('hi')));
console.log(JSON.stringify({ b: Buffer.alloc(0) }));
console.log(Buffer.from([1, 2]).toJSON());
const round = JSON.parse(JSON.stringify(Buffer.from('round')));
console.log(Buffer.from(round).toString());
