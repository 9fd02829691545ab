'use strict';
// querystring.parse/decode: separators, repeated keys, "+", bad escapes, maxKeys, custom decoder.
const qs = require('querystring');
console.log(qs.parse('=a&b&&c=&a=2&a=3&%zz=%E9&x+y=1+2&é=%C3%A9'));
console.log(qs.parse('a:1;b:2;a:3', ';', ':'), qs.parse('a=1', '', 0), qs.parse('a==b=c'), qs.parse('=='), qs.parse('&'));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }), qs.parse('&&a=1', null, null, { maxKeys: 1 }));
console.log(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }), qs.parse('a=1&b=2', null, null, { maxKeys: -1 }));
console.log(qs.parse('a=%zz&b=%41', null, null, { decodeURIComponent: (s) => '<' + s + '>' }));
console.log(qs.parse('a=1&b=2', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
console.log(qs.parse(''), qs.parse(5), qs.parse(null), qs.decode === qs.parse);
console.log(qs.parse('a[]=1&a[]=2&__proto__=x&constructor=y'));
console.log(qs.parse('sep--eq', '--', 'e'), qs.parse('a=1&&&b=2'));
console.log(Object.getPrototypeOf(qs.parse('a=1')));
