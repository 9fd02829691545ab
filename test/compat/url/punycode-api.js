'use strict';
// node:punycode: the DEP0040 warning at require, encode/decode, toASCII/toUnicode, ucs2.
function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, typeof value === "string" ? JSON.stringify(value) : value);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.input === undefined ? "" : JSON.stringify(e.input), e.base === undefined ? "" : JSON.stringify(e.base));
  }
}
const punycode = require('punycode');
require('node:punycode');
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
for (const s of ['mañana', 'bücher', '☃-⌘', 'ü', 'abc', '', 'Hello-Another-Way-それぞれの場所', '😀']) {
  const encoded = punycode.encode(s);
  console.log(JSON.stringify(s), encoded, punycode.decode(encoded) === s);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@☃.net'), punycode.toASCII('a\u3002b\uFF0Ec\uFF61d'), punycode.toASCII('ASCII.Only'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('user@XN--N3H.net'), punycode.toUnicode('plain.com'));
console.log(punycode.ucs2.decode('a😀\uD800b'), JSON.stringify(punycode.ucs2.encode([97, 0x1F600, 0xD800])));
attempt('not basic', () => punycode.decode('é-x'));
attempt('invalid', () => punycode.decode('a-!'));
attempt('overflow', () => punycode.decode('zzzzzzzzzzzzz'));
