'use strict';
// URLSearchParams#delete with and without a value, and url.domainTo* argument handling.
const url = require('url');
const params = new URLSearchParams('a=1&b=2&a=3&a=1&c=&a');
params.delete('a', '1');
console.log(params.toString());
params.delete('a', undefined);
console.log(params.toString());
params.append('x', '1');
params.append('x', '2');
params.delete('x', 2);
console.log(params.toString(), params.size);
const u = new URL('http://h/p?q=1&q=2&r=3');
u.searchParams.delete('q');
console.log(u.href);
console.log(url.domainToASCII('Bücher.example'), url.domainToUnicode('xn--bcher-kva.example'));
console.log(url.domainToASCII.name, url.domainToASCII.length, url.domainToUnicode.name, url.domainToUnicode.length);
console.log(JSON.stringify(url.domainToASCII(undefined)), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
