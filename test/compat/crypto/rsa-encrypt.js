// RSA encryption: node's ciphertexts (OAEP with SHA-1/256/512 and labels, PKCS#1 v1.5) decrypted here; PKCS#1
// type-1 privateEncrypt is deterministic and must equal node's; round trips with every padding.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'latin1');
const made = JSON.parse(fixture('made-by-node.json'));
const privateKey = crypto.createPrivateKey(fixture('rsa.key.pem'));
const publicKey = crypto.createPublicKey(fixture('rsa.pub.pem'));
const { RSA_PKCS1_PADDING, RSA_NO_PADDING, RSA_PKCS1_OAEP_PADDING } = crypto.constants;
const ct = (label) => Buffer.from(made.ciphertexts[label], 'hex');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

console.log(crypto.privateDecrypt(privateKey, ct('oaep sha1')).toString());
console.log(crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, ct('oaep sha256')).toString());
console.log(crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha512', oaepLabel: Buffer.from('label') },
  ct('oaep label')).toString());
console.log(crypto.privateDecrypt({ key: privateKey, padding: RSA_PKCS1_PADDING }, ct('pkcs1')).toString());
console.log(crypto.publicDecrypt(publicKey, ct('private pkcs1')).toString());
console.log(crypto.privateEncrypt(privateKey, Buffer.from('from the private key')).equals(ct('private pkcs1')));
console.log(crypto.publicDecrypt(fixture('rsa.key.pem'), ct('private pkcs1')).toString());
attempt('wrong label', () => crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha512',
  oaepLabel: Buffer.from('other') }, ct('oaep label')));
attempt('wrong hash', () => crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha256' }, ct('oaep sha1')));

for (const [padding, oaepHash] of [[RSA_PKCS1_OAEP_PADDING, 'sha1'], [RSA_PKCS1_OAEP_PADDING, 'sha384'],
  [RSA_PKCS1_PADDING, undefined]]) {
  const encrypted = crypto.publicEncrypt({ key: publicKey, padding, oaepHash }, Buffer.from('round trip'));
  console.log('round trip', padding, oaepHash, encrypted.length,
    crypto.privateDecrypt({ key: privateKey, padding, oaepHash }, encrypted).toString());
}
const raw = Buffer.alloc(256, 7);
const rawEncrypted = crypto.publicEncrypt({ key: publicKey, padding: RSA_NO_PADDING }, raw);
console.log('no padding', rawEncrypted.length, crypto.privateDecrypt({ key: privateKey, padding: RSA_NO_PADDING },
  rawEncrypted).equals(raw));
console.log('string data', crypto.privateDecrypt(privateKey, crypto.publicEncrypt(fixture('rsa.pub.pem'), 'text'))
  .toString());
attempt('too long oaep', () => crypto.publicEncrypt(publicKey, Buffer.alloc(215)));
attempt('longest oaep', () => crypto.publicEncrypt(publicKey, Buffer.alloc(214)).length);
attempt('too long pkcs1', () => crypto.publicEncrypt({ key: publicKey, padding: RSA_PKCS1_PADDING },
  Buffer.alloc(246)));
attempt('garbage', () => crypto.privateDecrypt(privateKey, Buffer.alloc(256, 1)));
