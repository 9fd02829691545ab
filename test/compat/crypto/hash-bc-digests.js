// The digests OpenSSL has and the JDK lacks (BouncyCastle's here): RIPEMD-160, BLAKE2, SM3 and the SHAKE XOFs
// with outputLength, as hashes and HMACs.
const crypto = require('crypto');

for (const name of ['ripemd160', 'RSA-RIPEMD160', 'rmd160', 'ripemd', 'blake2b512', 'blake2s256', 'sm3', 'shake128',
  'shake256']) {
  console.log(name, crypto.createHash(name).update('The quick brown fox').digest('hex'),
    crypto.hash(name, ''), crypto.createHash(name).digest().length);
}
for (const length of [0, 1, 16, 33, 100]) {
  console.log('shake128', length, crypto.createHash('shake128', { outputLength: length }).update('abc').digest('hex'));
  console.log('shake256', length, crypto.createHash('shake256', { outputLength: length }).update('abc')
    .digest('base64'));
}
const xof = crypto.createHash('shake256', { outputLength: 20 }).update('part one ');
const copy = xof.copy({ outputLength: 8 });
xof.update('part two');
console.log('copies', xof.digest('hex'), copy.digest('hex'), crypto.createHash('shake128').update('x').copy()
  .digest('hex'));
for (const name of ['ripemd160', 'blake2b512', 'blake2s256', 'sm3']) {
  console.log('hmac', name, crypto.createHmac(name, 'key').update('data').digest('hex'));
}
console.log(crypto.getHashes().filter((name) => /ripe|blake|shake|sm3|rmd/i.test(name)).join(' '));
try {
  crypto.createHash('sha256', { outputLength: 5 });
} catch (e) {
  console.log(e.code, e.message);
}
