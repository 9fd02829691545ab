// Key agreement with node's keys (the shared secrets are deterministic) and key generation: every type, its
// description and encodings, used at once.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'latin1');
const key = (name) => crypto.createPrivateKey(fixture(`${name}.key.pem`));
const pub = (name) => crypto.createPublicKey(fixture(`${name}.pub.pem`));

for (const [a, b] of [['x25519', 'x25519b'], ['p256', 'p256b']]) {
  const ab = crypto.diffieHellman({ privateKey: key(a), publicKey: pub(b) });
  const ba = crypto.diffieHellman({ privateKey: key(b), publicKey: pub(a) });
  console.log('dh', a, b, ab.length, ab.equals(ba), crypto.createHash('sha256').update(ab).digest('hex'));
}
console.log('dh x448 self', crypto.diffieHellman({ privateKey: key('x448'), publicKey: pub('x448') }).length);

const specs = [
  ['rsa', { modulusLength: 1024 }],
  ['rsa', { modulusLength: 2048, publicExponent: 3 }],
  ['rsa-pss', { modulusLength: 1024 }],
  ['rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', mgf1HashAlgorithm: 'sha256', saltLength: 16 }],
  ['ec', { namedCurve: 'P-256' }],
  ['ec', { namedCurve: 'prime256v1' }],
  ['ec', { namedCurve: 'secp384r1' }],
  ['ec', { namedCurve: 'P-521' }],
  ['ec', { namedCurve: 'secp256k1' }],
  ['ed25519', undefined],
  ['ed448', {}],
  ['x25519', {}],
  ['x448', {}],
];
for (const [type, options] of specs) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync(type, options);
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  console.log(type, JSON.stringify(options), privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails,
    publicKey.asymmetricKeyDetails, pem.split('\n')[0], publicKey.export({ format: 'der', type: 'spki' }).length,
    crypto.createPublicKey(privateKey).equals(publicKey), crypto.createPrivateKey(pem).equals(privateKey));
  if (type.startsWith('x')) continue;
  const digest = type.startsWith('ed') ? null : 'sha256';
  console.log(' signs', crypto.verify(digest, Buffer.from('m'), publicKey, crypto.sign(digest, Buffer.from('m'),
    privateKey)));
}

const encoded = crypto.generateKeyPairSync('ec', { namedCurve: 'P-384',
  publicKeyEncoding: { format: 'pem', type: 'spki' },
  privateKeyEncoding: { format: 'der', type: 'sec1' } });
console.log('encoded', typeof encoded.publicKey, encoded.publicKey.split('\n')[0], Buffer.isBuffer(encoded.privateKey));
const jwk = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { format: 'jwk' },
  privateKeyEncoding: { format: 'jwk' } });
console.log('jwk', Object.keys(jwk.publicKey), Object.keys(jwk.privateKey), jwk.privateKey.crv);
const encrypted = crypto.generateKeyPairSync('rsa', { modulusLength: 1024,
  privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' } });
console.log('encrypted', encrypted.privateKey.split('\n')[0],
  crypto.createPrivateKey({ key: encrypted.privateKey, passphrase: 'pw' }).asymmetricKeyType);

const hmac = crypto.generateKeySync('hmac', { length: 123 });
const aes = crypto.generateKeySync('aes', { length: 256 });
console.log('secret keys', hmac.type, hmac.symmetricKeySize, aes.symmetricKeySize);
console.log('getCurves', ['prime256v1', 'secp256k1', 'secp384r1', 'secp521r1']
  .every((name) => crypto.getCurves().includes(name)));

crypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, publicKey, privateKey) => {
  console.log('async pair', err, publicKey.type, privateKey.type, publicKey.asymmetricKeyDetails);
  crypto.generateKeyPair('ed25519', { publicKeyEncoding: { format: 'pem', type: 'spki' } }, (err2, pemKey, key2) => {
    console.log('async encoded', err2, pemKey.split('\n')[0], key2.type);
    crypto.generateKey('aes', { length: 128 }, (err3, secret) => {
      console.log('async secret', err3, secret.symmetricKeySize);
    });
  });
});
console.log('sync first');
