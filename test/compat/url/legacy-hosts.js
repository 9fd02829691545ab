// url.parse's hosts: ASCII ones are only lower-cased (numbers are not read as IPv4 addresses, invalid
// punycode is kept); others go through IDNA, and the ones it refuses make the URL invalid.
'use strict';
const url = require('url');
const inputs = [
  'h:80', 'http://1.2.3:80/', 'http://0x7f.1/', 'http://EXAMPLE.com/', 'http://256.1.1.1/', 'http://1e3/',
  'http://ab..cd/', 'http://[::1]:8/', 'http://münchen.DE/', 'http://faß.de/', 'http://xn--a.com/',
  'http://XN--A.COM/', 'http://xn--.com/', 'http://\u2474.com/', 'http://a\u00adb.com/', 'http://ab_c.com/',
  'http://\u200dx.com/', 'http://\u0300a.com/', 'http://xn--zz-\u00fc.com/', 'http://a\u2488.com/',
  'http://exa%41mple/', 'http://a*b/', 'mailto:someone@1.2.3', 'http://user@0x10:8080/p?q#h',
];
for (const input of inputs) {
  try {
    const parsed = url.parse(input);
    console.log(JSON.stringify(input), parsed.host, parsed.hostname, parsed.href);
  } catch (err) {
    console.log(JSON.stringify(input), err.code);
  }
}
