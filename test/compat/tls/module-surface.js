// What node:tls exports, and the values that do not depend on the machine.
const tls = require('tls');
console.log(typeof tls.connect, typeof tls.createServer, typeof tls.createSecureContext, typeof tls.checkServerIdentity);
console.log(typeof tls.TLSSocket, typeof tls.Server, typeof tls.SecureContext);
console.log(Array.isArray(tls.rootCertificates), tls.rootCertificates.length > 50, Object.isFrozen(tls.rootCertificates));
console.log(tls.rootCertificates.every((pem) => pem.startsWith('-----BEGIN CERTIFICATE-----\n') && pem.endsWith('\n-----END CERTIFICATE-----')));
const ciphers = tls.getCiphers();
console.log(ciphers.includes('tls_aes_256_gcm_sha384'), ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'), ciphers.every((c) => c === c.toLowerCase()));
const out = {};
tls.convertALPNProtocols(['h2', 'http/1.1'], out);
console.log(out.ALPNProtocols);
console.log(tls.createServer() instanceof require('net').Server);
console.log(new tls.TLSSocket() instanceof require('net').Socket);
const ctx = tls.createSecureContext();
console.log(ctx instanceof tls.SecureContext, typeof ctx.context);
