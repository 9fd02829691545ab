'use strict';
// node:punycode against RFC 3492's sample strings, plus its error cases.
process.noDeprecation = true;
const punycode = require('punycode');
const samples = {
  arabic: '\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
  chinese: '\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587',
  mixed: '3\u5E74B\u7D44\u91D1\u516B\u5148\u751F',
  german: 'bücher',
  emoji: 'i❤️ 😀',
  ascii: 'plain-ascii',
};
for (const [name, text] of Object.entries(samples)) {
  const encoded = punycode.encode(text);
  console.log(name, encoded, punycode.decode(encoded) === text);
}
console.log(punycode.toASCII('mañana.com'), punycode.toASCII('user@bücher.de'), punycode.toASCII('日本語。ＪＰ'));
console.log(punycode.toUnicode('xn--maana-pta.com'), punycode.toUnicode('XN--BCHER-KVA.de'));
console.log(punycode.ucs2.decode('a\uD83D\uDE00\uD800b'), punycode.ucs2.encode([97, 0x1F600]));
for (const bad of ['\u00e9-a', 'abc-!', 'zzzzzzzzzzzzzzzz', '99999999999', '-']) {
  try {
    console.log(JSON.stringify(bad), JSON.stringify(punycode.decode(bad)));
  } catch (e) {
    console.log(JSON.stringify(bad), e.name, e.message);
  }
}
