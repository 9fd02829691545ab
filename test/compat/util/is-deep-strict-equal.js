'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.isDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(util.isDeepStrictEqual(new Set([1, { x: 1 }]), new Set([{ x: 1 }, 1])));
console.log(util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
console.log(util.isDeepStrictEqual(Object.create(null), {}));
console.log(util.isDeepStrictEqual(new Map([[{}, 1]]), new Map([[{}, 1]])));
