'use strict';
// Every form URLSearchParams takes: string (with "?"), record, iterable of pairs, another instance, and bad input.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const show = (p) => JSON.stringify([...p]);
console.log(show(new URLSearchParams('?a=1&b=2&&c&=d&e=f=g')));
console.log(show(new URLSearchParams('a+b=c+d&%zz=%41%C3%A9&x=%E9')));
console.log(show(new URLSearchParams({ a: 1, b: [1, 2], c: null, d: undefined })));
console.log(show(new URLSearchParams([['a', '1'], ['b', 2], new Set(['c', 'd'])])));
console.log(show(new URLSearchParams(new Map([['m', 'n']]))));
const original = new URLSearchParams('x=1');
const copy = new URLSearchParams(original);
copy.append('y', '2');
console.log(show(original), show(copy));
console.log(show(new URLSearchParams(undefined)), show(new URLSearchParams(null)), show(new URLSearchParams(123)), show(new URLSearchParams('')));
console.log(show(new URLSearchParams({ '\uD800': 'lone', '\uDC00': 'other' })));
attempt('pair too short', () => new URLSearchParams([['a']]));
attempt('pair not iterable', () => new URLSearchParams([1]));
attempt('null pair', () => new URLSearchParams([null]));
attempt('bad iterator', () => new URLSearchParams({ [Symbol.iterator]: 5 }));
attempt('symbol key', () => new URLSearchParams({ [Symbol('s')]: 1 }));
