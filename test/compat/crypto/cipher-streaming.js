// What each update returns, chunk by chunk: block modes give whole blocks (a padded decryption holds its last
// block back), stream modes and GCM give everything at once; output encodings may split characters.
const crypto = require('crypto');

const key = Buffer.alloc(32, 0x42);
const iv16 = Buffer.alloc(16, 0x24);
const iv12 = Buffer.alloc(12, 0x24);
const plain = Buffer.from('The quick brown fox jumps over the lazy dog, again and again and again.');
const chunks = [1, 5, 16, 3, 20, 7, 100];

function pieces(data) {
  const out = [];
  let at = 0;
  for (const size of chunks) {
    if (at >= data.length) break;
    out.push(data.subarray(at, at + size));
    at += size;
  }
  return out;
}

for (const [name, iv] of [['aes-256-cbc', iv16], ['aes-256-ecb', null], ['aes-256-ctr', iv16], ['aes-256-cfb', iv16],
  ['aes-256-ofb', iv16], ['aes-256-cfb8', iv16], ['aes-256-gcm', iv12], ['chacha20-poly1305', iv12]]) {
  const cipher = crypto.createCipheriv(name, key, iv);
  const sizes = pieces(plain).map((p) => cipher.update(p).length);
  const last = cipher.final();
  console.log(name, 'encrypt', sizes.join(','), 'final', last.length);
  const again = crypto.createCipheriv(name, key, iv);
  const whole = Buffer.concat([again.update(plain), again.final()]);
  const tag = name.endsWith('gcm') || name.startsWith('chacha') ? again.getAuthTag() : null;
  const decipher = crypto.createDecipheriv(name, key, iv);
  if (tag) decipher.setAuthTag(tag);
  const outSizes = pieces(whole).map((p) => decipher.update(p).length);
  console.log(name, 'decrypt', outSizes.join(','), 'final', decipher.final().length);
}

// Output encodings go through one decoder per cipher, so a character may be split between calls.
const hexCipher = crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16);
console.log(hexCipher.update('abc', 'utf8', 'hex'), hexCipher.update('é', 'utf8', 'hex'), hexCipher.final('hex'));
const b64 = crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16);
console.log([b64.update('a', 'utf8', 'base64'), b64.update('bcd', 'utf8', 'base64'), b64.final('base64')]);
const u8 = crypto.createDecipheriv('aes-128-ctr', key.subarray(0, 16), iv16);
const e = crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16).update('héllo wörld', 'utf8');
console.log([u8.update(e.subarray(0, 2), undefined, 'utf8'), u8.update(e.subarray(2), undefined, 'utf8'),
  u8.final('utf8')]);
console.log(crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16).update('68656c6c6f', 'hex', 'hex'));
console.log(crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16).update('aGVsbG8=', 'base64', 'base64'));
console.log(crypto.createCipheriv('aes-128-ctr', key.subarray(0, 16), iv16).update('hello', 'latin1').toString('hex'));
console.log(crypto.createCipheriv('aes-128-ctr', 'sixteen byte key', 'sixteen byte iv!').update(
  new Uint16Array([1, 2, 3])).toString('hex'));

// setAutoPadding(false): the caller pads; unaligned data fails at final.
const raw = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv16).setAutoPadding(false);
console.log(Buffer.concat([raw.update(Buffer.alloc(32, 1)), raw.final()]).toString('hex'));
const rawDecipher = crypto.createDecipheriv('aes-128-cbc', key.subarray(0, 16), iv16);
rawDecipher.setAutoPadding(false);
const padded = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv16);
const paddedText = Buffer.concat([padded.update('hi'), padded.final()]);
console.log(Buffer.concat([rawDecipher.update(paddedText), rawDecipher.final()]).toString('hex'));

// As streams: write, pipe, and the data they emit.
const streamCipher = crypto.createCipheriv('aes-256-cbc', key, iv16);
const out = [];
streamCipher.on('data', (d) => out.push(d));
streamCipher.on('end', () => {
  const encrypted = Buffer.concat(out);
  console.log('stream', encrypted.toString('hex'));
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv16);
  let text = '';
  d.setEncoding('utf8');
  d.on('data', (s) => { text += s; });
  d.on('end', () => console.log('stream back', text));
  d.end(encrypted);
});
streamCipher.write('streamed ');
streamCipher.write(Buffer.from('bytes'));
streamCipher.end(' here');
