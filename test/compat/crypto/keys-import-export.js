// Keys made by node (fixtures/make-keys.js) imported by PEM, DER and JWK, described, and exported in every format:
// the exports must be byte for byte node's.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'latin1');
const sha = (data) => crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);

const names = ['rsa', 'rsa1024', 'rsa-pss', 'rsa-pss-params', 'p256', 'p384', 'p521', 'secp256k1', 'ed25519',
  'ed448', 'x25519', 'x448'];
for (const name of names) {
  const privatePem = fixture(`${name}.key.pem`);
  const publicPem = fixture(`${name}.pub.pem`);
  const privateKey = crypto.createPrivateKey(privatePem);
  const publicKey = crypto.createPublicKey(publicPem);
  console.log(name, privateKey.type, privateKey.asymmetricKeyType, privateKey.asymmetricKeyDetails,
    publicKey.type, publicKey.asymmetricKeyType, publicKey.asymmetricKeyDetails);
  console.log(' pkcs8 pem same', privateKey.export({ format: 'pem', type: 'pkcs8' }) === privatePem);
  console.log(' spki pem same', publicKey.export({ format: 'pem', type: 'spki' }) === publicPem);
  const privateDer = privateKey.export({ format: 'der', type: 'pkcs8' });
  const publicDer = publicKey.export({ format: 'der', type: 'spki' });
  console.log(' der', privateDer.length, sha(privateDer), publicDer.length, sha(publicDer));
  const derived = crypto.createPublicKey(privateKey);
  console.log(' derived public', derived.equals(publicKey), crypto.createPublicKey(privatePem).equals(publicKey));
  console.log(' der import', crypto.createPrivateKey({ key: privateDer, format: 'der', type: 'pkcs8' })
    .equals(privateKey), crypto.createPublicKey({ key: publicDer, format: 'der', type: 'spki' }).equals(publicKey));
  console.log(' equals', privateKey.equals(privateKey), publicKey.equals(privateKey), privateKey.equals(derived));
  if (!name.startsWith('rsa-pss')) {
    const jwk = privateKey.export({ format: 'jwk' });
    const publicJwk = publicKey.export({ format: 'jwk' });
    console.log(' jwk', jwk, publicJwk);
    console.log(' jwk import', crypto.createPrivateKey({ key: jwk, format: 'jwk' }).export({ format: 'pem',
      type: 'pkcs8' }) === privatePem, crypto.createPublicKey({ key: publicJwk, format: 'jwk' }).equals(publicKey),
    crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(publicKey));
  }
  if (name.startsWith('rsa') && !name.startsWith('rsa-pss')) {
    console.log(' pkcs1', sha(privateKey.export({ format: 'pem', type: 'pkcs1' })),
      sha(publicKey.export({ format: 'pem', type: 'pkcs1' })),
      sha(privateKey.export({ format: 'der', type: 'pkcs1' })), sha(publicKey.export({ format: 'der', type: 'pkcs1' })));
  }
  if (privateKey.asymmetricKeyType === 'ec') {
    console.log(' sec1', sha(privateKey.export({ format: 'pem', type: 'sec1' })),
      sha(privateKey.export({ format: 'der', type: 'sec1' })));
  }
}

// Other encodings node wrote: PKCS#1 and SEC1 PEM, read back to the same keys.
const rsa = crypto.createPrivateKey(fixture('rsa.key.pem'));
console.log('pkcs1 pem', crypto.createPrivateKey(fixture('rsa.pkcs1.pem')).equals(rsa),
  crypto.createPublicKey(fixture('rsa.pkcs1.pub.pem')).equals(crypto.createPublicKey(rsa)),
  crypto.createPrivateKey(fixture('rsa.pkcs1.pem')).export({ format: 'pem', type: 'pkcs1' }) ===
    fixture('rsa.pkcs1.pem'));
const p256 = crypto.createPrivateKey(fixture('p256.key.pem'));
console.log('sec1 pem', crypto.createPrivateKey(fixture('p256.sec1.pem')).equals(p256),
  crypto.createPrivateKey(fixture('p256.sec1.pem')).export({ format: 'pem', type: 'pkcs8' }) ===
    fixture('p256.key.pem'), p256.export({ format: 'pem', type: 'sec1' }) === fixture('p256.sec1.pem'));
console.log('der pkcs1', crypto.createPrivateKey({ key: rsa.export({ format: 'der', type: 'pkcs1' }), format: 'der',
  type: 'pkcs1' }).equals(rsa), crypto.createPublicKey({ key: crypto.createPublicKey(rsa).export({ format: 'der',
  type: 'pkcs1' }), format: 'der', type: 'pkcs1' }).equals(crypto.createPublicKey(rsa)));
console.log('der sec1', crypto.createPrivateKey({ key: p256.export({ format: 'der', type: 'sec1' }), format: 'der',
  type: 'sec1' }).equals(p256));
console.log('buffer input', crypto.createPrivateKey(Buffer.from(fixture('rsa.key.pem'))).equals(rsa),
  crypto.createPrivateKey({ key: fixture('rsa.key.pem'), format: 'pem' }).equals(rsa));

// Secret keys.
const secret = crypto.createSecretKey(Buffer.from('0123456789abcdef'));
console.log('secret', secret.type, secret.symmetricKeySize, secret.export(), secret.export({ format: 'jwk' }),
  secret.asymmetricKeyType, secret.equals(crypto.createSecretKey('0123456789abcdef', 'latin1')),
  secret.equals(crypto.createSecretKey(Buffer.from('0123456789abcdeF'))), secret.equals(rsa));
console.log(crypto.createSecretKey('AAEC', 'base64').export(), crypto.createSecretKey(new Uint8Array(3)).export());
console.log(rsa, crypto.createPublicKey(rsa), secret);
console.log(rsa instanceof crypto.KeyObject, secret instanceof crypto.KeyObject, rsa.constructor.name,
  Object.keys(rsa), typeof crypto.KeyObject.from);
// A secret KeyObject keys a cipher and hkdf.
const keyed = crypto.createCipheriv('aes-128-ecb', secret, null);
console.log(Buffer.concat([keyed.update('x'), keyed.final()]).toString('hex'),
  Buffer.from(crypto.hkdfSync('sha256', secret, 'salt', 'info', 16)).toString('hex'));
