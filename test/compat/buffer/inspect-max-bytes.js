'use strict';
const buffer = require('buffer');
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'));
console.log(Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('a'));
try {
  buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
  console.log(e.code, e.message);
}
try {
  buffer.INSPECT_MAX_BYTES = '3';
} catch (e) {
  console.log(e.code, e.message);
}
