// PBKDF2 (RFC 6070 and more digests), scrypt (RFC 7914) and HKDF (RFC 5869) known answers, sync and async.
const crypto = require('crypto');

const pbkdf2Cases = [
  ['password', 'salt', 1, 20, 'sha1'],
  ['password', 'salt', 2, 20, 'sha1'],
  ['password', 'salt', 4096, 20, 'sha1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1'],
  ['password', 'salt', 1000, 64, 'sha256'],
  ['password', 'salt', 1000, 100, 'sha512'],
  ['password', 'salt', 10, 32, 'SHA384'],
  ['password', 'salt', 10, 32, 'sha3-256'],
  ['password', 'salt', 10, 32, 'md5'],
  [Buffer.from([0xff, 0x00, 0x80]), new Uint8Array([1, 2, 3]), 10, 32, 'sha256'],
  ['', '', 1, 32, 'sha256'],
];
for (const [password, salt, iterations, keylen, digest] of pbkdf2Cases) {
  console.log('pbkdf2', digest, iterations, keylen, crypto.pbkdf2Sync(password, salt, iterations, keylen, digest)
    .toString('hex'));
}
console.log('pbkdf2 arraybuffer', crypto.pbkdf2Sync(new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), 1, 8,
  'sha1').toString('hex'));

const scryptCases = [
  ['', '', 64, { N: 16, r: 1, p: 1 }],
  ['password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }],
  ['pleaseletmein', 'SodiumChloride', 64, { cost: 16384, blockSize: 8, parallelization: 1 }],
  ['password', 'salt', 32, undefined],
  ['password', 'salt', 16, { N: 0, r: 0, p: 0 }],
  ['password', 'salt', 16, { N: 2 ** 15, maxmem: 64 * 1024 * 1024 }],
];
for (const [password, salt, keylen, options] of scryptCases) {
  console.log('scrypt', JSON.stringify(options), crypto.scryptSync(password, salt, keylen, options).toString('hex'));
}

const ikm = Buffer.alloc(22, 0x0b);
const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
const okm = crypto.hkdfSync('sha256', ikm, salt, info, 42);
console.log('hkdf rfc5869 1', okm instanceof ArrayBuffer, Buffer.from(okm).toString('hex'));
console.log('hkdf no salt', Buffer.from(crypto.hkdfSync('sha256', ikm, '', '', 42)).toString('hex'));
console.log('hkdf sha1', Buffer.from(crypto.hkdfSync('sha1', 'key', 'salt', 'info', 20 * 255)).length);
console.log('hkdf sha512', Buffer.from(crypto.hkdfSync('sha512', 'key', 'salt', 'info', 100)).toString('hex'));
console.log('hkdf strings', Buffer.from(crypto.hkdfSync('sha384', 'secret', 'salt', 'label', 48)).toString('base64'));

// The callback forms give the same bytes, later (one after another: pool jobs finish in any order).
crypto.pbkdf2('password', 'salt', 1, 20, 'sha1', (err, key) => {
  console.log('pbkdf2 async', err, key.toString('hex'));
  crypto.scrypt('password', 'salt', 16, (err2, key2) => {
    console.log('scrypt async', err2, key2.toString('hex'));
    crypto.scrypt('password', 'salt', 16, { N: 1024 }, (err3, key3) => {
      console.log('scrypt async options', err3, key3.toString('hex'));
      crypto.hkdf('sha256', ikm, salt, info, 42, (err4, key4) => {
        console.log('hkdf async', err4, key4 instanceof ArrayBuffer, Buffer.from(key4).toString('hex'));
      });
    });
  });
});
console.log('sync first');
