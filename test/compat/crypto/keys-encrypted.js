// Passphrase-protected keys: node's encrypted PKCS#8 (PEM and DER), legacy PKCS#1 and SEC1 PEM, read with the
// passphrase; and keys jnode encrypts, read back (their bytes differ per run: random salt and IV).
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'latin1');
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const rsa = crypto.createPrivateKey(fixture('rsa.key.pem'));
const p256 = crypto.createPrivateKey(fixture('p256.key.pem'));
const ed25519 = crypto.createPrivateKey(fixture('ed25519.key.pem'));
for (const [file, expected] of [['rsa.enc-pkcs8.pem', rsa], ['rsa.enc-pkcs1.pem', rsa], ['rsa.enc-des3.pem', rsa],
  ['p256.enc-sec1.pem', p256]]) {
  const pem = fixture(file);
  console.log(file, pem.split('\n').slice(0, 2).map((line) => line.replace(/,[0-9A-F]+$/, ',<iv>')));
  attempt(' with passphrase', () => crypto.createPrivateKey({ key: pem, passphrase: 'top secret' }).equals(expected));
  attempt(' passphrase buffer', () => crypto.createPrivateKey({ key: pem, passphrase: Buffer.from('top secret') })
    .equals(expected));
  attempt(' wrong passphrase', () => crypto.createPrivateKey({ key: pem, passphrase: 'wrong' }));
  attempt(' no passphrase', () => crypto.createPrivateKey(pem));
  attempt(' public from it', () => crypto.createPublicKey({ key: pem, passphrase: 'top secret' }).type);
}
const der = Buffer.from(fixture('ed25519.enc-pkcs8.der.b64'), 'base64');
attempt('der pkcs8', () => crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8', passphrase: 'top secret' })
  .equals(ed25519));

for (const [key, type, cipher] of [[rsa, 'pkcs8', 'aes-256-cbc'], [rsa, 'pkcs8', 'aes-128-cbc'],
  [rsa, 'pkcs1', 'aes-256-cbc'], [rsa, 'pkcs1', 'des-ede3-cbc'], [p256, 'sec1', 'aes-128-cbc'],
  [p256, 'pkcs8', 'aes-192-cbc'], [ed25519, 'pkcs8', 'aes-256-cbc']]) {
  const pem = key.export({ format: 'pem', type, cipher, passphrase: 'pass phrase' });
  const head = pem.split('\n').slice(0, 3).map((line) => (line.includes(':') ? line.replace(/,[0-9A-F]+$/, ',<iv>') :
    '<base64>'));
  console.log(type, cipher, head, crypto.createPrivateKey({ key: pem, passphrase: 'pass phrase' }).equals(key));
}
const encryptedDer = ed25519.export({ format: 'der', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'x' });
console.log('der round trip', crypto.createPrivateKey({ key: encryptedDer, format: 'der', type: 'pkcs8',
  passphrase: 'x' }).equals(ed25519));
attempt('export no passphrase', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc' }));
attempt('export der pkcs1 cipher', () => rsa.export({ format: 'der', type: 'pkcs1', cipher: 'aes-256-cbc',
  passphrase: 'x' }));
attempt('export unknown cipher', () => rsa.export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
