// crypto.X509Certificate: every getter, the checks (host, email, IP, issuer, private key, signature) with their
// options and argument errors, PEM and DER input, parse errors, toString/toJSON, toLegacyObject and inspect,
// over the certificates of test/fixtures/tls and test/fixtures/x509 (names that need escaping, EC keys).
const { X509Certificate, createPrivateKey, createSecretKey } = require('crypto');
const fs = require('fs');
const path = require('path');
const util = require('util');

const read = (dir, name) => fs.readFileSync(path.join(__dirname, '../../fixtures', dir, name));
const tls = (name) => read('tls', name);
const x509 = (name) => read('x509', name);
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message, Object.keys(err));
  }
};

const server = new X509Certificate(tls('server.pem'));
const ca = new X509Certificate(tls('ca.pem'));
const ec = new X509Certificate(tls('ec-server.pem'));
const names = new X509Certificate(x509('names.pem'));

for (const [label, cert] of [['server', server], ['ca', ca], ['ec', ec], ['names', names],
  ['leaf-chain', new X509Certificate(tls('leaf-chain.pem'))], ['client', new X509Certificate(tls('client.pem'))]]) {
  console.log(label, JSON.stringify({
    subject: cert.subject, issuer: cert.issuer, subjectAltName: cert.subjectAltName, infoAccess: cert.infoAccess,
    validFrom: cert.validFrom, validTo: cert.validTo, validFromDate: cert.validFromDate, validToDate: cert.validToDate,
    fingerprint: cert.fingerprint, fingerprint256: cert.fingerprint256, fingerprint512: cert.fingerprint512,
    keyUsage: cert.keyUsage, serialNumber: cert.serialNumber, signatureAlgorithm: cert.signatureAlgorithm,
    signatureAlgorithmOid: cert.signatureAlgorithmOid, ca: cert.ca, rawLength: cert.raw.length,
    issuerCertificate: cert.issuerCertificate,
  }, null, 1));
  console.log(label, cert.publicKey.type, cert.publicKey.asymmetricKeyType, cert.publicKey.asymmetricKeyDetails);
}

// Same values, same objects on a second read; DER input gives the same certificate.
console.log(server.raw === server.raw, server.publicKey === server.publicKey, server.validFromDate instanceof Date);
const der = new X509Certificate(server.raw);
console.log(der.fingerprint256 === server.fingerprint256, der.toString() === server.toString());
console.log(server.toString() === server.toJSON(), JSON.stringify({ server }).length, server.toString().split('\n')[0]);
console.log(new X509Certificate(new Uint8Array(server.raw)).serialNumber,
  new X509Certificate(new DataView(server.raw.buffer, server.raw.byteOffset, server.raw.length)).serialNumber);

// Host names: alternative names first, the subject's CN only when there is no DNS name (or 'always').
for (const host of ['localhost', 'LOCALHOST', 'localhost.', 'other', 'a.localhost', '127.0.0.1']) {
  attempt(`checkHost ${host}`, () => server.checkHost(host));
}
for (const options of [{ subject: 'always' }, { subject: 'never' }, { wildcards: false }, { partialWildcards: false },
  { multiLabelWildcards: true }, { singleLabelSubdomains: true }]) {
  attempt(`checkHost names.example ${JSON.stringify(options)}`, () => names.checkHost('names.example', options));
}
const other = new X509Certificate(tls('other-host.pem'));
for (const host of ['x.wild.example', 'X.Wild.Example', 'a.b.wild.example', 'wild.example', 'other.example']) {
  attempt(`checkHost ${host}`, () => [other.checkHost(host), other.checkHost(host, { multiLabelWildcards: true }),
    other.checkHost(host, { wildcards: false })]);
}
for (const email of ['someone@names.example', 'someone@NAMES.EXAMPLE', 'Someone@names.example', 'other@names.example']) {
  attempt(`checkEmail ${email}`, () => [names.checkEmail(email), names.checkEmail(email, { subject: 'never' })]);
}
for (const ip of ['10.1.2.3', '2001:db8::7', '2001:DB8:0:0:0:0:0:7', '10.1.2.4', '127.0.0.1', '::1']) {
  attempt(`checkIP ${ip}`, () => [names.checkIP(ip), server.checkIP(ip)]);
}

// Issuers, keys and signatures.
const intermediate = new X509Certificate(tls('intermediate.pem'));
const leaf = new X509Certificate(tls('leaf-of-intermediate.pem'));
console.log('checkIssued', server.checkIssued(ca), ca.checkIssued(server), leaf.checkIssued(intermediate),
  leaf.checkIssued(ca), intermediate.checkIssued(ca), ca.checkIssued(ca));
console.log('verify', server.verify(ca.publicKey), server.verify(server.publicKey), leaf.verify(intermediate.publicKey),
  ca.verify(ca.publicKey), ec.verify(ca.publicKey));
const serverKey = createPrivateKey(tls('server-key.pem'));
console.log('checkPrivateKey', server.checkPrivateKey(serverKey), ca.checkPrivateKey(serverKey),
  ec.checkPrivateKey(createPrivateKey(tls('ec-server-key.pem'))), ec.checkPrivateKey(serverKey));

// Argument checks.
for (const bad of [1, {}, null, undefined, [1]]) attempt('new', () => new X509Certificate(bad));
for (const bad of ['not a certificate', Buffer.from([1, 2, 3]), '',
  '-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----',
  '-----BEGIN CERTIFICATE-----\nAAAAAAAA\n-----END CERTIFICATE-----',
  '-----BEGIN CERTIFICATE-----\nvalid cert content\n-----END CERTIFICATE-----']) {
  attempt(`parse ${JSON.stringify(String(bad)).slice(0, 30)}`, () => new X509Certificate(bad));
}
attempt('no new', () => X509Certificate(tls('server.pem')));
attempt('checkHost 1', () => server.checkHost(1));
attempt('checkHost options 1', () => server.checkHost('a', 1));
attempt('checkHost subject x', () => server.checkHost('a', { subject: 'x' }));
attempt('checkHost subject 1', () => server.checkHost('a', { subject: 1 }));
attempt('checkHost wildcards', () => server.checkHost('a', { wildcards: 'yes' }));
attempt('checkEmail 1', () => server.checkEmail(1));
attempt('checkIP x', () => server.checkIP('x'));
attempt('checkIP 1', () => server.checkIP(1));
attempt('checkIssued {}', () => server.checkIssued({}));
attempt('verify {}', () => server.verify({}));
attempt('verify private', () => server.verify(serverKey));
attempt('checkPrivateKey public', () => server.checkPrivateKey(server.publicKey));
attempt('checkPrivateKey secret', () => server.checkPrivateKey(createSecretKey(Buffer.alloc(8))));

// The legacy object (getPeerCertificate's form) and inspect.
const legacy = names.toLegacyObject();
console.log(Object.keys(legacy), legacy.subject, legacy.issuer, legacy.infoAccess, legacy.subjectaltname);
console.log(Object.getPrototypeOf(legacy.subject), legacy.pubkey.length, legacy.raw.equals(names.raw), legacy.bits,
  legacy.exponent, legacy.modulus.length, legacy.asn1Curve, legacy.ext_key_usage);
const ecLegacy = ec.toLegacyObject();
console.log(ecLegacy.pubkey.toString('hex').length, ecLegacy.bits, ecLegacy.asn1Curve, ecLegacy.nistCurve,
  ecLegacy.modulus, ecLegacy.exponent, ecLegacy.ext_key_usage, ecLegacy.issuerCertificate);
console.log(util.inspect(ec));
console.log(util.inspect(ec, { depth: 0 }), util.inspect({ ec }, { depth: 0 }));
console.log(Object.keys(server), typeof X509Certificate, X509Certificate.name, X509Certificate.length);
console.log(Object.getOwnPropertyNames(X509Certificate.prototype));
