'use strict';
// The setters: valid changes, values the Standard ignores, and the href setter's error.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const u = new URL('https://user:pw@example.com:8080/a/b?x=1#h');
for (const [name, value] of [
  ['protocol', 'http'], ['protocol', 'mailto'], ['protocol', 'wss:'],
  ['username', 'a b@c'], ['password', 'p:w/d'], ['host', 'new.example:9000'], ['hostname', 'EXAMPLE.org'],
  ['port', '443'], ['port', 'abc'], ['port', '8080xyz'], ['port', ''], ['port', 99999],
  ['pathname', '/x y/../z%'], ['search', '?a=b c'], ['search', ''], ['hash', 'frag ment'], ['hash', ''],
  ['host', ''], ['hostname', 'a:b'],
]) {
  u[name] = value;
  console.log(name, JSON.stringify(value), u.href);
}
const f = new URL('file:///tmp/x');
f.username = 'u'; f.port = '80'; f.host = 'localhost';
console.log(f.href);
f.host = 'server'; console.log(f.href);
const m = new URL('mailto:x@y');
m.pathname = 'z'; m.host = 'h'; console.log(m.href);
attempt('href bad', () => { u.href = 'not a url'; });
console.log(u.href);
u.href = 'http://changed/'; console.log(u.href);
const s = new URL('https://github.com/');
s.username = '\uDC01'; s.pathname = '/\uD800'; s.hash = '\uDFFF';
console.log(s.href);
for (const name of ['href', 'search', 'protocol', 'origin', 'searchParams']) {
  attempt(`get ${name}`, () => Reflect.get(URL.prototype, name, {}));
}
attempt('set href', () => Reflect.set(URL.prototype, 'href', 'x', {}));
attempt('set port', () => Reflect.set(URL.prototype, 'port', 1, {}));
