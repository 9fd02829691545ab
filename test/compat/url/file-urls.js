'use strict';
// fileURLToPath, fileURLToPathBuffer and pathToFileURL (POSIX), with Node's escaping and errors.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const url = require('url');
for (const p of ['/a?b#c', '/a b%c\\d\n\r\t', '/é/😀', '/x/', '/a:b;c=d@e[f]g|h^i`j{k}l"m<n>o\'p(q)r*s!t~u$v&w+x,y', '/\x01\x7f', '/double//slash/./dot/../x']) {
  console.log(JSON.stringify(p), url.pathToFileURL(p).href);
}
console.log(url.pathToFileURL('rel/x').href.startsWith('file:///'), url.pathToFileURL('rel/').href.endsWith('/rel/'));
for (const u of ['file:///a%20b?x#y', 'file://localhost/etc/x', 'file:///%C3%A9', new URL('file:///tmp/%F0%9F%98%80')]) {
  attempt(String(u), () => url.fileURLToPath(u));
}
attempt('buffer', () => url.fileURLToPathBuffer('file:///a%E9%20b'));
attempt('number', () => url.fileURLToPath(1));
attempt('http', () => url.fileURLToPath('http://x/'));
attempt('host', () => url.fileURLToPath('file://host/x'));
attempt('encoded slash', () => url.fileURLToPath('file:///a%2Fb'));
attempt('encoded slash lower', () => url.fileURLToPath('file:///a%2fb'));
attempt('duck typed', () => url.fileURLToPath({ href: 'file:///x', protocol: 'file:' }));
attempt('bad utf8', () => url.fileURLToPath('file:///a%E9'));
attempt('invalid', () => url.fileURLToPath('file://[x'));
attempt('pathToFileURL(1)', () => url.pathToFileURL(1));
