// HMAC: the RFC 4231 test vectors (SHA-224..512), key forms, and Hmac's errors.
const crypto = require('crypto');

const digests = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224',
  'sha3-256', 'sha3-384', 'sha3-512'];

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const longKey = Buffer.alloc(131, 0xaa);
const vectors = [
  [Buffer.alloc(20, 0x0b), Buffer.from('Hi There')],
  [Buffer.from('Jefe'), Buffer.from('what do ya want for nothing?')],
  [Buffer.alloc(20, 0xaa), Buffer.alloc(50, 0xdd)],
  [Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'), Buffer.alloc(50, 0xcd)],
  [longKey, Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First')],
  [longKey, Buffer.from('This is a test using a larger than block-size key and a larger than block-size data. ' +
    'The key needs to be hashed before being used by the HMAC algorithm.')],
];
for (const name of ['sha224', 'sha256', 'sha384', 'sha512']) {
  vectors.forEach(([key, data], i) => console.log(name, i + 1, crypto.createHmac(name, key).update(data).digest('hex')));
}
for (const name of digests) {
  console.log(name, crypto.createHmac(name, 'key').update('The quick brown fox jumps over the lazy dog').digest('hex'));
}
attempt('empty key', () => crypto.createHmac('sha256', '').digest('hex'));
attempt('typed key', () => crypto.createHmac('sha1', new Uint16Array([0x6b65, 0x79])).update('x').digest('base64'));
attempt('arraybuffer key', () => crypto.createHmac('md5', new Uint8Array([1, 2]).buffer).digest('hex'));
attempt('multi update', () => crypto.createHmac('sha256', 'k').update('a').update('bc').digest('hex') ===
  crypto.createHmac('sha256', 'k').update('abc').digest('hex'));

const hmac = crypto.createHmac('sha1', 'k');
hmac.digest();
attempt('digest twice', () => hmac.digest());
attempt('digest twice hex', () => JSON.stringify(hmac.digest('hex')));
attempt('update after digest', () => hmac.update('x'));
attempt('unknown digest', () => crypto.createHmac('nope', 'k'));
attempt('number key', () => crypto.createHmac('sha1', 1));
attempt('no key', () => crypto.createHmac('sha1'));
attempt('number algorithm', () => crypto.createHmac(1, 'k'));
attempt('number data', () => crypto.createHmac('sha1', 'k').update({}));
