// createECDH with fixed private keys (so public keys and secrets are node's exactly), point formats, convertKey;
// checkPrime and generatePrime.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

for (const curve of ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1']) {
  const alice = crypto.createECDH(curve);
  const bob = crypto.createECDH(curve);
  alice.setPrivateKey(crypto.createHash('sha256').update(`alice ${curve}`).digest());
  bob.setPrivateKey(crypto.createHash('sha256').update(`bob ${curve}`).digest('hex'), 'hex');
  console.log(curve, alice.getPrivateKey('hex'), alice.getPublicKey('hex'));
  console.log(' compressed', alice.getPublicKey('base64', 'compressed'), alice.getPublicKey(null, 'hybrid').length);
  const secret = alice.computeSecret(bob.getPublicKey());
  console.log(' secret', secret.toString('hex'), bob.computeSecret(alice.getPublicKey('hex'), 'hex', 'hex') ===
    secret.toString('hex'), alice.computeSecret(bob.getPublicKey(null, 'compressed')).equals(secret));
  console.log(' convert', crypto.ECDH.convertKey(alice.getPublicKey(), curve, undefined, 'hex', 'compressed'),
    crypto.ECDH.convertKey(alice.getPublicKey('hex', 'compressed'), curve, 'hex', 'hex', 'uncompressed') ===
      alice.getPublicKey('hex'));
  const fresh = crypto.createECDH(curve);
  const publicKey = fresh.generateKeys();
  console.log(' generated', publicKey.length, fresh.computeSecret(bob.getPublicKey())
    .equals(bob.computeSecret(publicKey)));
}
const ecdh = crypto.createECDH('prime256v1');
attempt('private before', () => ecdh.getPrivateKey());
attempt('public before', () => ecdh.getPublicKey());
ecdh.generateKeys();
attempt('bad point', () => ecdh.computeSecret(Buffer.from(`04${'00'.repeat(64)}`, 'hex')));
attempt('short point', () => ecdh.computeSecret(Buffer.alloc(3)));
attempt('bad curve', () => crypto.createECDH('nope'));
attempt('bad format', () => ecdh.getPublicKey('hex', 'nope'));
attempt('zero private', () => ecdh.setPrivateKey(Buffer.alloc(32)));
attempt('curve type', () => crypto.createECDH(5));

console.log('checkPrime', crypto.checkPrimeSync(7n), crypto.checkPrimeSync(Buffer.from([9])),
  crypto.checkPrimeSync(2n ** 127n - 1n), crypto.checkPrimeSync(2n ** 128n + 1n), crypto.checkPrimeSync(new Uint8Array([2])),
  crypto.checkPrimeSync(1n), crypto.checkPrimeSync(0n), crypto.checkPrimeSync(2n ** 89n - 1n, { checks: 10 }));
attempt('checkPrime number', () => crypto.checkPrimeSync(5));
const prime = crypto.generatePrimeSync(64, { bigint: true });
console.log('generatePrime', typeof prime, prime >= 2n ** 63n, prime < 2n ** 64n, crypto.checkPrimeSync(prime));
const buffer = crypto.generatePrimeSync(24);
console.log('as ArrayBuffer', buffer instanceof ArrayBuffer, buffer.byteLength);
const residue = crypto.generatePrimeSync(32, { add: 12n, rem: 11n, bigint: true });
console.log('residue', residue % 12n, crypto.checkPrimeSync(residue));
const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
console.log('safe', crypto.checkPrimeSync((safe - 1n) / 2n));
attempt('size 0', () => crypto.generatePrimeSync(0));
attempt('size string', () => crypto.generatePrimeSync('8'));
crypto.generatePrime(32, { bigint: true }, (err, p) => {
  console.log('async prime', err, crypto.checkPrimeSync(p));
  crypto.checkPrime(13n, (err2, result) => console.log('async check', err2, result));
});
