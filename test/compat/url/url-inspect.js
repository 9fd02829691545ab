'use strict';
// util.inspect of URL, URLSearchParams and their iterators, nested and at limited depth.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log(util.inspect(u, { depth: 0 }));
console.log(util.inspect({ a: { b: { c: u } } }));
console.log(util.inspect({ a: { b: { c: u.searchParams } } }));
console.log([u]);
console.log(new URLSearchParams());
console.log(new URLSearchParams('a=1&b=two&a=3'));
console.log(new URLSearchParams({ long: 'x'.repeat(90), other: 'y' }));
const p = new URLSearchParams('a=1&b=2');
console.log(p.keys(), p.values(), p.entries());
const it = p.entries(); it.next();
console.log(it, util.inspect(p.values(), { breakLength: 10 }));
console.log(util.inspect(new URLSearchParams('k=' + 'v'.repeat(70)).entries()));
class MyParams extends URLSearchParams {}
console.log(new MyParams('z=1'));
console.log(util.format('%s %s', new URLSearchParams('q=1'), new URL('http://h')));
console.log(util.inspect(new URL('https://user:pw@example.com:8080/a/b?x=1#h'), { showHidden: true }));
console.log(util.format('%o', new URL('mailto:x@y')));
console.log(util.inspect(new URL('file:///tmp/x?'), { showHidden: true, depth: 1 }));
