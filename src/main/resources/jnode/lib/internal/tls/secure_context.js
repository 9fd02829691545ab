'use strict';
// tls.SecureContext: key material and trust for TLS sockets, held by a Java SecureContextHandle
// (internalBinding('tls')); PEM text and PFX bytes are read there (BouncyCastle, the JDK's KeyStore).

const { codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_INVALID_PROTOCOL_VERSION, ERR_TLS_INVALID_PROTOCOL_METHOD,
  ERR_JNODE_UNSUPPORTED }, codedError } =
  require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');

const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const defaults = versionDefaultsFromFlags();
if (usesSystemCa()) internalBinding('tls').useSystemCa();

// --use-system-ca or NODE_USE_SYSTEM_CA=1: the system's CAs join the default trust.
function usesSystemCa() {
  const { getOptionValue } = require('internal/options');
  return getOptionValue('--use-system-ca') === true || process.env.NODE_USE_SYSTEM_CA === '1';
}

// Node's --tls-min-v1.0 ... --tls-max-v1.3 (on the command line or in NODE_OPTIONS) move the defaults.
function versionDefaultsFromFlags() {
  const chosen = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3' };
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  for (const flag of flags) {
    const match = /^--tls-(min|max)-v1\.([0-3])$/.exec(flag);
    if (match !== null) chosen[`${match[1]}Version`] = match[2] === '0' ? 'TLSv1' : `TLSv1.${match[2]}`;
  }
  return chosen;
}

// secureProtocol names an OpenSSL method: one version, or any (TLS_method and its old aliases).
const METHOD_VERSIONS = {
  TLS_method: null, SSLv23_method: null, TLSv1_method: 'TLSv1', TLSv1_1_method: 'TLSv1.1',
  TLSv1_2_method: 'TLSv1.2', TLSv1_3_method: 'TLSv1.3',
};

class SecureContext {
  constructor(secureProtocol, secureOptions, minVersion, maxVersion) {
    this.context = internalBinding('tls').createSecureContext();
    if (secureProtocol !== undefined) {
      const method = String(secureProtocol).replace(/_(client|server)_method$/, '_method');
      if (!(method in METHOD_VERSIONS)) {
        throw new ERR_TLS_INVALID_PROTOCOL_METHOD(/^SSLv[23]_/.test(method) ?
          `${method.slice(0, 5)} methods disabled` : `Unknown method: ${secureProtocol}`);
      }
      const only = METHOD_VERSIONS[method];
      if (only !== null) [minVersion, maxVersion] = [only, only];
    }
    this.context.setVersions(minVersion, maxVersion);
  }
}

// A PEM option may be a string, a Buffer or TypedArray, or an array of those (or of { pem, passphrase } for keys).
function pemText(value, name) {
  if (typeof value === 'string') return value;
  if (isArrayBufferView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
  throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function eachOf(value) {
  return Array.isArray(value) ? value : [value];
}

function check(failure) {
  if (failure != null) {
    const err = codedError(failure[0], failure[1]);
    throw err;
  }
}

function validateVersion(version, kind) {
  if (version === undefined) return undefined;
  if (typeof version !== 'string') throw new ERR_INVALID_ARG_TYPE(`options.${kind}Version`, 'string', version);
  if (!VERSIONS.includes(version)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(version, kind === 'min' ? 'minimum' : 'maximum');
  return version;
}

function createSecureContext(options = {}) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const minVersion = validateVersion(options.minVersion, 'min') ?? defaults.minVersion;
  const maxVersion = validateVersion(options.maxVersion, 'max') ?? defaults.maxVersion;
  const secure = new SecureContext(options.secureProtocol, options.secureOptions, minVersion, maxVersion);
  const { context } = secure;
  if (options.ca != null) {
    for (const ca of eachOf(options.ca)) context.addCa(pemText(ca, 'ca'));
  }
  if (options.cert != null) {
    for (const cert of eachOf(options.cert)) check(context.addCert(pemText(cert, 'cert')));
  }
  if (options.key != null) {
    for (const key of eachOf(options.key)) {
      const pem = key !== null && typeof key === 'object' && !isArrayBufferView(key) ? key.pem : key;
      const passphrase = key?.passphrase ?? options.passphrase;
      check(context.addKey(pemText(pem, 'key'), passphrase === undefined ? null : String(passphrase)));
    }
  }
  if (options.pfx != null) {
    for (const pfx of eachOf(options.pfx)) {
      const bytes = isArrayBufferView(pfx?.buf ?? pfx) ? (pfx.buf ?? pfx) : Buffer.from(pemText(pfx?.buf ?? pfx, 'pfx'));
      const passphrase = pfx?.passphrase ?? options.passphrase;
      check(context.loadPfx(bytes.buffer, bytes.byteOffset, bytes.byteLength, passphrase == null ? null : String(passphrase)));
    }
  }
  if (options.key != null || options.pfx != null) check(context.checkKeysMatch());
  for (const unsupported of ['crl', 'dhparam', 'privateKeyEngine', 'privateKeyIdentifier', 'clientCertEngine']) {
    if (options[unsupported] != null) throw new ERR_JNODE_UNSUPPORTED(`tls option ${unsupported}`);
  }
  return secure;
}

module.exports = { SecureContext, createSecureContext, defaults, VERSIONS, usesSystemCa };
