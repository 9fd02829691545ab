'use strict';
// url.format of legacy objects and strings.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const url = require('url');
const objects = [
  { protocol: 'http', host: 'x.com', pathname: '/p', query: { a: 1, b: [2, 3] } },
  { protocol: 'https:', hostname: 'x.com', port: 8080, pathname: 'no-slash', search: 'q=1', hash: 'h' },
  { protocol: 'mailto', pathname: 'a@b.com' },
  { protocol: 'mailto', slashes: true, host: 'h' },
  { protocol: 'file', pathname: '/etc' },
  { protocol: 'file:' },
  { hostname: '::1', port: 80 },
  { auth: 'us er:p@ss/é', host: 'h' },
  { pathname: '/a#b?c', search: '?d#e' },
  { host: 'h', search: '?x', query: { ignored: 1 } },
  {},
];
for (const o of objects) attempt(JSON.stringify(o), () => url.format(o));
attempt('string', () => url.format('HTTP://X.com/a b'));
attempt('Url', () => url.format(url.parse('http://u@h:1/p?q#h')));
attempt('lone surrogate auth', () => url.format({ auth: '\uD800', host: 'h' }));
