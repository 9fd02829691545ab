'use strict';
// ERR_OUT_OF_RANGE shows big integers with "_" between digit groups and bigints with an "n".
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const buf = Buffer.alloc(8);
for (const value of [256, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 123456789012345, 1e21, 1.5, NaN, -1]) {
  attempt(`uint8 ${value}`, () => buf.writeUInt8(value));
}
for (const value of [2n ** 64n, -(2n ** 63n) - 1n, 2n ** 32n, 2n ** 32n + 1n]) {
  attempt(`bigint ${value}`, () => buf.writeBigInt64LE(value));
}
attempt('missing args 2', () => new URLSearchParams().append('a'));
attempt('missing args 1', () => require('url').domainToASCII());
attempt('missing args 1 delete', () => new URLSearchParams().delete());
attempt('unhandled error', () => new (require('events'))().emit('error', 'boom'));
attempt('unhandled error object', () => new (require('events'))().emit('error'));
