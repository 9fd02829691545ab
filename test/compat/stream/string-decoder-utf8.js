// UTF-8 characters split across writes, invalid sequences, and what end() flushes.
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const cases = [
  [[0xe2], [0x82], [0xac]],
  [[0xe2, 0x82], [0xac, 0x41]],
  [[0xf0, 0x9f], [0x98], [0x80, 0x42]],
  [[0xe2, 0x82], [0x41]],
  [[0xf0], [0x41, 0x42]],
  [[0xc3], [0xa9]],
  [[0x80, 0x81]],
  [[0xff, 0xfe, 0x41]],
  [[0xe2, 0x82]],
  [[0xf0, 0x9f, 0x98]],
  [[0xc3]],
  [[0x41, 0xe2], [0x82, 0xac, 0xe2], [0x82]],
  [[0xed, 0xa0], [0x80]],
  [[0xf4, 0x90, 0x80, 0x80]],
  [[0xc0, 0xaf]],
  [[0xe0, 0x80]],
];
for (const chunks of cases) {
  const d = new StringDecoder('utf8');
  const out = chunks.map((c) => d.write(Buffer.from(c)));
  console.log(chunks.map((c) => Buffer.from(c).toString('hex')).join('|'), out.map(show).join(' '),
    d.lastNeed, d.lastTotal, show(d.end()), d.lastNeed, d.lastTotal);
}
const d = new StringDecoder('utf-8');
console.log(d.encoding, show(d.write(Buffer.from([0xe2, 0x82]))), d.lastChar, d.lastNeed, d.lastTotal);
console.log(show(d.end(Buffer.from([0xac]))), show(d.end()));
console.log(show(new StringDecoder().write(new Uint16Array([0x4241, 0x4443]))));
console.log(show(new StringDecoder().write(new DataView(new Uint8Array([0x61, 0x62]).buffer))));
console.log(show(new StringDecoder().write('already a string')));
console.log(show(new StringDecoder().end('x')));
// text() decodes from an offset and forgets held bytes.
const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2]));
console.log(show(t.text(Buffer.from('héllo'), 1)), t.lastNeed);
