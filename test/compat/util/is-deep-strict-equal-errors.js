'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.isDeepStrictEqual(new Error('a'), new Error('a')));
console.log(util.isDeepStrictEqual(new Error('a'), new TypeError('a')));
console.log(util.isDeepStrictEqual([1, , 3], [1, undefined, 3]));
console.log(util.isDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])));
console.log(util.isDeepStrictEqual(new Date(1), new Date(1)), util.isDeepStrictEqual(/a/g, /a/));
