// Every encoding StringDecoder knows, with chunks that split characters or base64 groups.
const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const bytes = Buffer.from('a€😀b', 'utf8');
for (const enc of ['utf16le', 'ucs2', 'UCS-2', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', 'utf8']) {
  const src = enc.toLowerCase().startsWith('u') && enc !== 'utf8' ? Buffer.from('a€😀b', 'utf16le') : bytes;
  for (const size of [1, 2, 3, 5]) {
    const d = new StringDecoder(enc);
    const out = [];
    for (let i = 0; i < src.length; i += size) out.push(d.write(src.subarray(i, i + size)));
    out.push(`end:${d.end()}`);
    console.log(enc, d.encoding, size, out.map(show).join(' '));
  }
}
const u = new StringDecoder('utf16le');
console.log(show(u.write(Buffer.from([0x3d]))), u.lastNeed, u.lastTotal, show(u.end()), u.lastNeed);
console.log(show(u.write(Buffer.from([0x3d, 0xd8]))), u.lastNeed, u.lastTotal, show(u.write(Buffer.from([0x00]))),
  u.lastNeed, u.lastTotal, show(u.end()));
const b = new StringDecoder('base64');
console.log(show(b.write(Buffer.from('ab'))), b.lastNeed, b.lastTotal, b.lastChar, show(b.end()), show(b.end()));
console.log(show(b.write(Buffer.from('abcd'))), show(b.end(Buffer.from('e'))));
for (const enc of ['foo', '', 'utf-16', 42, false]) {
  try {
    console.log(new StringDecoder(enc).encoding);
  } catch (e) {
    console.log(String(enc), e.name, e.code, e.message);
  }
}
for (const bad of [null, 42, {}, [1]]) {
  try {
    new StringDecoder().write(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(new StringDecoder('hex'));
console.log(Object.keys(new StringDecoder()), Object.getOwnPropertyNames(StringDecoder.prototype));
console.log(require('string_decoder').StringDecoder === StringDecoder, Object.keys(require('string_decoder')));
try {
  StringDecoder.prototype.write.call({}, Buffer.from('a'));
} catch (e) {
  console.log(e.code, e.message);
}
