'use strict';
// DEP0169 is printed once per process for url.parse (and what calls it), DEP0170 once for a non-numeric port.
const url = require('url');
url.parse('http://a/');
url.resolve('http://a/', 'b');
url.parse('https://evil.com:.example.com');
url.parse('git+ssh://git@github.com:npm/npm');
console.log('done');
