'use strict';
// querystring.stringify/encode and escape/unescape/unescapeBuffer.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const qs = require('querystring');
console.log(qs.stringify({ a: [], b: 1, c: [1, 2], d: null, e: 1e21, f: NaN, g: true, h: 10n, i: 'é ~*\'()!', j: undefined, k: {}, l: -0, m: Infinity }));
console.log(qs.stringify({ a: 1, b: 2 }, ';', ':'), qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: (s) => '[' + s + ']' }));
console.log(JSON.stringify(qs.stringify('str')), JSON.stringify(qs.stringify(null)), qs.stringify([1, 2]), qs.encode === qs.stringify);
console.log(qs.escape('a b\u00e9/?&=+'), qs.escape({}), qs.escape(5), qs.escape(undefined), qs.escape('\uD83D\uDE00'));
attempt('lone surrogate', () => qs.escape('\uD800'));
attempt('lone low surrogate', () => qs.stringify({ a: '\uDC00' }));
console.log(qs.unescape('a+%E9%'), qs.unescape('%C3%A9+b'), qs.unescape('a+b', true));
console.log(qs.unescapeBuffer('a%20b+%zz%4'), qs.unescapeBuffer('a+b', true), qs.unescapeBuffer('%C3%A9').toString());
const saved = qs.escape;
qs.escape = (s) => s.toUpperCase();
console.log(qs.stringify({ k: 'v' }));
qs.escape = saved;
const savedUnescape = qs.unescape;
qs.unescape = (s) => 'U(' + s + ')';
console.log(qs.parse('k=%41'));
qs.unescape = savedUnescape;
console.log(Object.keys(qs));
console.log(qs.escape('\uD801test'), qs.escape('\uDC00x'), require('url').format({ auth: '\uD801x', host: 'h' }));
