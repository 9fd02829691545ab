// Signatures node made (fixtures/made-by-node.json) verified here; deterministic schemes (RSA PKCS#1 v1.5,
// Ed25519, Ed448) signed here must equal node's; randomized ones (PSS, ECDSA) round-trip.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'latin1');
const made = JSON.parse(fixture('made-by-node.json'));
const message = Buffer.from(made.message);
const key = (name) => crypto.createPrivateKey(fixture(`${name}.key.pem`));
const pub = (name) => crypto.createPublicKey(fixture(`${name}.pub.pem`));
const { RSA_PKCS1_PSS_PADDING, RSA_PSS_SALTLEN_DIGEST, RSA_PSS_SALTLEN_AUTO } = crypto.constants;

const checks = {
  'rsa sha256': ['sha256', 'rsa', {}],
  'rsa sha512': ['sha512', 'rsa', {}],
  'rsa sha1': ['sha1', 'rsa', {}],
  'rsa pss max': ['sha256', 'rsa', { padding: RSA_PKCS1_PSS_PADDING }],
  'rsa pss digest': ['sha256', 'rsa', { padding: RSA_PKCS1_PSS_PADDING, saltLength: RSA_PSS_SALTLEN_DIGEST }],
  'rsa pss 0': ['sha384', 'rsa', { padding: RSA_PKCS1_PSS_PADDING, saltLength: 0 }],
  'rsa-pss key': ['sha256', 'rsa-pss', {}],
  'rsa-pss-params key': ['sha384', 'rsa-pss-params', {}],
  'p256 der': ['sha256', 'p256', {}],
  'p256 p1363': ['sha256', 'p256', { dsaEncoding: 'ieee-p1363' }],
  'p384 sha384': ['sha384', 'p384', {}],
  'p521 sha512': ['sha512', 'p521', {}],
  'secp256k1 sha256': ['sha256', 'secp256k1', {}],
  'ed25519': [null, 'ed25519', {}],
  'ed448': [null, 'ed448', {}],
};
for (const [label, [digest, name, options]] of Object.entries(checks)) {
  const signature = Buffer.from(made.signatures[label], 'hex');
  const good = crypto.verify(digest, message, { key: pub(name), ...options }, signature);
  const tampered = Buffer.from(signature);
  tampered[tampered.length >> 1] ^= 1;
  const bad = crypto.verify(digest, message, { key: pub(name), ...options }, tampered);
  const other = crypto.verify(digest, Buffer.from('another message'), { key: pub(name), ...options }, signature);
  const mine = crypto.sign(digest, message, { key: key(name), ...options });
  const back = crypto.verify(digest, message, { key: pub(name), ...options }, mine);
  const deterministic = label.startsWith('ed') || /^rsa sha/.test(label);
  console.log(label, good, bad, other, back, deterministic || label.includes('p1363') ? mine.length : '-',
    deterministic ? mine.equals(signature) : '-');
}

// PSS verification finds the salt length by itself (RSA_PSS_SALTLEN_AUTO) or checks the one given.
const pssSigned = Buffer.from(made.signatures['rsa pss digest'], 'hex');
for (const saltLength of [RSA_PSS_SALTLEN_AUTO, 32, 20, RSA_PSS_SALTLEN_DIGEST]) {
  console.log('pss salt', saltLength, crypto.verify('sha256', message, { key: pub('rsa'),
    padding: RSA_PKCS1_PSS_PADDING, saltLength }, pssSigned));
}

// Keys as PEM strings and private keys for verification.
console.log('pem strings', crypto.verify('sha256', message, fixture('rsa.pub.pem'),
  crypto.sign('sha256', message, fixture('rsa.key.pem'))), crypto.verify('sha256', message, key('rsa'),
  Buffer.from(made.signatures['rsa sha256'], 'hex')));

// Sign and Verify objects, with encodings and as streams.
const signer = crypto.createSign('RSA-SHA256');
signer.update('signed ');
signer.update(Buffer.from('by node 24'));
const hexSignature = signer.sign(key('rsa'), 'hex');
console.log('createSign', hexSignature === made.signatures['rsa sha256']);
const verifier = crypto.createVerify('sha256');
verifier.update(made.message);
console.log('createVerify', verifier.verify(pub('rsa'), hexSignature, 'hex'));
const ecSigner = crypto.createSign('sha256').update(message);
const ecSignature = ecSigner.sign({ key: key('p256'), dsaEncoding: 'ieee-p1363' });
console.log('ec p1363', ecSignature.length, crypto.createVerify('sha256').update(message).verify({ key: pub('p256'),
  dsaEncoding: 'ieee-p1363' }, ecSignature));
const streamed = crypto.createSign('sha512');
streamed.write('signed by ');
streamed.end('node 24');
console.log('stream sign', streamed.sign(key('rsa'), 'base64') === Buffer.from(made.signatures['rsa sha512'], 'hex')
  .toString('base64'));
console.log('sign async', typeof crypto.sign('sha256', message, key('rsa'), (err, signature) => {
  console.log('sign callback', err, signature.toString('hex') === made.signatures['rsa sha256']);
  crypto.verify(null, message, pub('ed25519'), Buffer.from(made.signatures.ed25519, 'hex'), (err2, ok) => {
    console.log('verify callback', err2, ok);
  });
}));
