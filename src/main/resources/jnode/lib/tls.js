'use strict';
// node:tls: TLS sockets and servers over node:net, with the TLS itself in Java (internalBinding('tls'): Netty's
// SslHandler on the JDK's SSLEngine). Sessions are the JDK's to resume; see docs/compat.md for what is missing.

const net = require('net');
const {
  codedError,
  codes: { ERR_TLS_CERT_ALTNAME_FORMAT, ERR_TLS_CERT_ALTNAME_INVALID, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { unsupportedFunctions } = require('internal/unsupported');
const secureContext = require('internal/tls/secure_context');

const CLIENT_RENEG_LIMIT = 3;
const CLIENT_RENEG_WINDOW = 600;
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
  'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
  'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
  'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:' +
  '!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

let ciphers;
function getCiphers() {
  ciphers ??= Array.from(internalBinding('tls').ciphers());
  return ciphers.slice();
}

let roots;
function rootCertificates() {
  roots ??= Object.freeze(Array.from(internalBinding('tls').rootCertificates()));
  return roots;
}

// tls.getCACertificates: 'bundled' is rootCertificates; 'default' what a context without ca trusts: the bundled
// roots, NODE_EXTRA_CA_CERTS's ('extra') and, under --use-system-ca, the system's. Each set is made once.
const CA_TYPES = ['default', 'system', 'bundled', 'extra'];
const caSets = { __proto__: null };
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  if (!CA_TYPES.includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type);
  if (type === 'bundled') return rootCertificates();
  caSets[type] ??= Object.freeze(type === 'default'
    ? [...rootCertificates(), ...getCACertificates('extra'),
      ...(secureContext.usesSystemCa() ? getCACertificates('system') : [])]
    : Array.from(internalBinding('tls').caCertificates(type)));
  return caSets[type];
}

// tls.setDefaultCACertificates: what contexts without their own ca trust from now on, in this thread.
function setDefaultCACertificates(certs) {
  if (!Array.isArray(certs)) throw new ERR_INVALID_ARG_TYPE('certs', 'Array', certs);
  const texts = certs.map((cert, i) => {
    if (typeof cert === 'string') return cert;
    if (ArrayBuffer.isView(cert)) return Buffer.from(cert.buffer, cert.byteOffset, cert.byteLength).toString('latin1');
    throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], cert);
  });
  const binding = internalBinding('tls');
  const failure = binding.setDefaultCaCertificates(texts);
  if (failure != null) throw codedError(failure[0], failure[1]);
  caSets.default = Object.freeze(Array.from(binding.caCertificates('default')));
}

// ['a', 'bc'] -> <1>a<2>bc, the wire form of an ALPN list.
function convertALPNProtocols(protocols, out) {
  const names = Array.isArray(protocols) ? protocols : null;
  if (names !== null) {
    const parts = [];
    for (const name of names) {
      const bytes = Buffer.from(name);
      parts.push(Buffer.from([bytes.length]), bytes);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols);
  }
}

// Whether a DNS name from a certificate (possibly "*.example.com") covers `host`, both lower case.
function hostMatches(host, pattern) {
  pattern = pattern.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (pattern.endsWith('.')) pattern = pattern.slice(0, -1);
  if (!pattern.includes('*')) return host === pattern;
  const hostLabels = host.split('.');
  const patternLabels = pattern.split('.');
  // A wildcard only stands for (part of) the first label, and needs at least two labels after it.
  if (hostLabels.length !== patternLabels.length || patternLabels.length < 3) return false;
  if (patternLabels.slice(1).some((label) => label.includes('*'))) return false;
  if (hostLabels.slice(1).join('.') !== patternLabels.slice(1).join('.')) return false;
  const [prefix, suffix, extra] = patternLabels[0].split('*');
  if (extra !== undefined || patternLabels[0].startsWith('xn--')) return false;
  const first = hostLabels[0];
  return first.length >= prefix.length + suffix.length && first.startsWith(prefix) && first.endsWith(suffix) &&
    (first.length > 0);
}

// The check Node makes after a successful chain verification: undefined when the certificate names `hostname`.
// "DNS:a, DNS:\"b\u002c c\"" -> ['DNS:a', 'DNS:b, c']: entries end at ", " outside quotes, and a quoted part is a
// JSON string literal (how certificates print names that hold commas or quotes), never split inside.
function splitAltNames(text) {
  const names = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith(', ', i)) {
      names.push(current);
      current = '';
      i++;
    } else if (text[i] !== '"') {
      current += text[i];
    } else {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      try {
        current += JSON.parse(text.slice(i, end + 1));
      } catch {
        throw new ERR_TLS_CERT_ALTNAME_FORMAT();
      }
      i = end;
    }
  }
  names.push(current);
  return names;
}

function checkServerIdentity(hostname, cert) {
  const altNames = cert.subjectaltname ? splitAltNames(cert.subjectaltname) : [];
  const dnsNames = [];
  const ips = [];
  for (const name of altNames) {
    if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
    else if (name.startsWith('IP Address:') && net.isIP(name.slice(11)) !== 0) ips.push(name.slice(11));
  }
  hostname = String(hostname);
  let reason;
  let valid = false;
  if (net.isIP(hostname) !== 0) {
    valid = ips.some((ip) => canonicalIp(ip) === canonicalIp(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || cert.subject?.CN) {
    const host = hostname.toLowerCase();
    if (dnsNames.length > 0) {
      valid = dnsNames.some((name) => hostMatches(host, name));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${cert.subjectaltname}`;
    } else {
      const cn = cert.subject.CN;
      valid = (Array.isArray(cn) ? cn : [cn]).some((name) => hostMatches(host, String(name)));
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// IPv6 addresses compared in one spelling (certificates print them in full).
function canonicalIp(ip) {
  if (!ip.includes(':') || ip.includes('/')) return ip;
  try {
    return new URL(`http://[${ip}]/`).hostname;
  } catch {
    return ip;
  }
}

let warnedInsecure = false;
function defaultRejectUnauthorized() {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return true;
  if (!warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
      'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return false;
}

// tls.connect(options[, cb]), (port[, host][, options][, cb]) or (path[, options][, cb]).
function connect(...args) {
  const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = { ...args[0] };
  } else {
    const [first, second, third] = args;
    if (typeof first === 'string' && !/^\d+$/.test(first)) {
      options = { ...(second !== null && typeof second === 'object' ? second : {}), path: first };
    } else {
      const extra = [second, third].find((a) => a !== null && typeof a === 'object') ?? {};
      options = { ...extra, port: first };
      if (typeof second === 'string') options.host = second;
    }
  }
  if (options.ALPNProtocols !== undefined && !Array.isArray(options.ALPNProtocols) &&
      !ArrayBuffer.isView(options.ALPNProtocols)) {
    throw new ERR_INVALID_ARG_TYPE('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'],
      options.ALPNProtocols);
  }
  options.rejectUnauthorized = options.rejectUnauthorized ?? defaultRejectUnauthorized();
  options.rejectUnauthorized = options.rejectUnauthorized !== false;
  const { TLSSocket } = require('internal/tls/socket');
  const socket = new TLSSocket(options.socket ?? null, { ...options, isServer: false });
  if (callback !== undefined) socket.once('secureConnect', callback);
  if (options.socket == null) {
    socket.connect({ ...options, host: options.host ?? 'localhost' });
  } else {
    socket._start();
  }
  if (options.timeout) socket.setTimeout(options.timeout);
  if (options.signal !== undefined) require('stream').addAbortSignal(options.signal, socket);
  return socket;
}

function createServer(options, listener) {
  const { Server } = require('internal/tls/server');
  return new Server(options, listener);
}

module.exports = unsupportedFunctions('tls', ['getCertificateCompressionAlgorithms'], {
  CLIENT_RENEG_LIMIT, CLIENT_RENEG_WINDOW, DEFAULT_CIPHERS, DEFAULT_ECDH_CURVE: 'auto',
  getCiphers, convertALPNProtocols, checkServerIdentity, getCACertificates, setDefaultCACertificates,
  createSecureContext: secureContext.createSecureContext, SecureContext: secureContext.SecureContext,
  createServer, connect,
});

// The version defaults are read by every createSecureContext that is not given its own.
for (const [name, key] of [['DEFAULT_MIN_VERSION', 'minVersion'], ['DEFAULT_MAX_VERSION', 'maxVersion']]) {
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: true, configurable: true,
    get: () => secureContext.defaults[key],
    set: (value) => { secureContext.defaults[key] = value; },
  });
}
Object.defineProperty(module.exports, 'rootCertificates', { __proto__: null, enumerable: true, get: rootCertificates });
const lazy = require('internal/util/lazy');
lazy.defineLazyProperties(module.exports, ['TLSSocket'], () => require('internal/tls/socket').TLSSocket);
lazy.defineLazyProperties(module.exports, ['Server'], () => require('internal/tls/server').Server);
