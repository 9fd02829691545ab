// Known answers for every supported digest: empty input, "abc", 1 MB of one byte, and several updates.
const crypto = require('crypto');

const digests = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256', 'sha3-224',
  'sha3-256', 'sha3-384', 'sha3-512'];

const megabyte = Buffer.alloc(1024 * 1024, 0x61);
for (const name of digests) {
  const empty = crypto.createHash(name).digest('hex');
  const abc = crypto.createHash(name).update('abc').digest('hex');
  const big = crypto.createHash(name).update(megabyte).digest('hex');
  const pieces = crypto.createHash(name).update('a').update(Buffer.from('b')).update(new Uint8Array([0x63])).digest('hex');
  console.log(name, empty, abc, big, pieces === abc);
}
