'use strict';
const buffer = require('buffer');
for (const k of ['Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa',
  'atob', 'constants', 'INSPECT_MAX_BYTES']) {
  console.log(k, typeof buffer[k], k in buffer);
}
console.log(buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants, buffer.INSPECT_MAX_BYTES);
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength);
