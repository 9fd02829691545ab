'use strict';
// crypto.X509Certificate over a parsed certificate in Java (dev.jnode.crypto.X509Handle): the texts are
// OpenSSL's, as Node shows them; each getter's value is computed once.

const { Buffer } = require('buffer');
const { binding, toBytes } = require('internal/crypto/util');
const { isIP } = require('net');
const { inspect } = require('internal/util/inspect');
const { validateObject, validateString, validateBoolean } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const kHandle = Symbol('kHandle');
const kCache = Symbol('kCache');
const kIssuer = Symbol('kIssuer');

const INSPECTED = ['subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo', 'validFromDate',
  'validToDate', 'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber',
  'signatureAlgorithm', 'signatureAlgorithmOid'];

function cached(certificate, name, compute) {
  const cache = certificate[kCache];
  if (!(name in cache)) cache[name] = compute(certificate[kHandle]);
  return cache[name];
}

// The checkHost/checkEmail options: which names to read from the subject and how wildcards match.
function matchOptions(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true, multiLabelWildcards = false,
    singleLabelSubdomains = false,
  } = options;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (subject !== 'default' && subject !== 'always' && subject !== 'never') {
    throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  return { subject, wildcards, partialWildcards, multiLabelWildcards, singleLabelSubdomains };
}

function validateKeyObject(pkey, wantedType) {
  const { isKeyObject, handleOf } = require('internal/crypto/keys');
  if (!isKeyObject(pkey)) throw new ERR_INVALID_ARG_TYPE('pkey', 'KeyObject', pkey);
  if (pkey.type !== wantedType) throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
  return handleOf(pkey);
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    this[kHandle] = binding.parseX509(toBytes(buffer, 'buffer'));
    this[kCache] = { __proto__: null };
    this[kIssuer] = undefined;
  }

  get subject() { return cached(this, 'subject', (h) => h.subject()); }
  get subjectAltName() { return cached(this, 'subjectAltName', (h) => h.subjectAltName() ?? undefined); }
  get issuer() { return cached(this, 'issuer', (h) => h.issuer()); }
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() { return cached(this, 'infoAccess', (h) => h.infoAccess() ?? undefined); }
  get validFrom() { return cached(this, 'validFrom', (h) => h.validFrom()); }
  get validTo() { return cached(this, 'validTo', (h) => h.validTo()); }
  get validFromDate() { return cached(this, 'validFromDate', (h) => new Date(h.validFromMillis())); }
  get validToDate() { return cached(this, 'validToDate', (h) => new Date(h.validToMillis())); }
  get fingerprint() { return cached(this, 'fingerprint', (h) => h.fingerprint('SHA-1')); }
  get fingerprint256() { return cached(this, 'fingerprint256', (h) => h.fingerprint('SHA-256')); }
  get fingerprint512() { return cached(this, 'fingerprint512', (h) => h.fingerprint('SHA-512')); }
  get keyUsage() {
    return cached(this, 'keyUsage', (h) => {
      const usages = h.keyUsage();
      return usages == null ? undefined : Array.from(usages);
    });
  }
  get serialNumber() { return cached(this, 'serialNumber', (h) => h.serialNumber()); }
  get signatureAlgorithm() { return cached(this, 'signatureAlgorithm', (h) => h.signatureAlgorithm()); }
  get signatureAlgorithmOid() { return cached(this, 'signatureAlgorithmOid', (h) => h.signatureAlgorithmOid()); }
  get raw() { return cached(this, 'raw', (h) => Buffer.from(h.raw(), 'latin1')); }
  get publicKey() {
    return cached(this, 'publicKey', (h) => new (require('internal/crypto/keys').PublicKeyObject)(h.publicKey()));
  }

  toString() { return cached(this, 'pem', (h) => h.pem()); }
  toJSON() { return this.toString(); }
  get ca() { return cached(this, 'ca', (h) => h.ca()); }

  checkHost(name, options) {
    validateString(name, 'name');
    const o = matchOptions(options);
    return this[kHandle].checkHost(name, o.subject, o.wildcards, o.partialWildcards, o.multiLabelWildcards,
      o.singleLabelSubdomains) ?? undefined;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return this[kHandle].checkEmail(email, matchOptions(options).subject) ? email : undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    // Node hands the text to OpenSSL, which refuses anything but an address literal with this message.
    if (isIP(ip) === 0) throw invalidName();
    return this[kHandle].checkIp(ip) ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return this[kHandle].checkIssued(otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    return this[kHandle].checkPrivateKey(validateKeyObject(pkey, 'private'));
  }

  verify(pkey) {
    return this[kHandle].verify(validateKeyObject(pkey, 'public'));
  }

  toLegacyObject() {
    return legacyCertificate(this[kHandle].legacy());
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const shown = {};
    for (const name of INSPECTED) shown[name] = this[name];
    return `X509Certificate ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function invalidName() {
  const err = new TypeError('Invalid name');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

function isX509Certificate(value) {
  return value instanceof X509Certificate;
}

// A certificate from a handle the tls binding made (the peer's or this side's), with its issuer when known.
function fromHandle(handle, issuer) {
  const certificate = Object.create(X509Certificate.prototype);
  certificate[kHandle] = handle;
  certificate[kCache] = { __proto__: null };
  certificate[kIssuer] = issuer;
  return certificate;
}

const LEGACY_KEYS = ['subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'modulus', 'exponent', 'pubkey',
  'bits', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
  'serialNumber', 'raw', 'asn1Curve', 'nistCurve'];

// getPeerCertificate()'s object from the binding's JSON: names and infoAccess as null-prototype objects,
// raw and pubkey as Buffers; every key is there, undefined where the certificate has no such field.
function legacyCertificate(json) {
  const fields = JSON.parse(json);
  const certificate = {};
  for (const name of LEGACY_KEYS) {
    const value = fields[name] ?? undefined;
    if (name === 'subject' || name === 'issuer') certificate[name] = Object.assign({ __proto__: null }, value);
    else if (name === 'infoAccess') certificate[name] = value === undefined ? undefined : accessTable(value);
    else if (name === 'raw' || name === 'pubkey') certificate[name] = Buffer.from(value, 'base64');
    else certificate[name] = value;
  }
  return certificate;
}

// "OCSP - URI:http://a\nCA Issuers - URI:http://b" -> { 'OCSP - URI': ['http://a'], ... }; a quoted value is a
// JSON string (the binding quotes names that hold newlines, commas or quotes, so a line is one entry).
function accessTable(text) {
  const table = { __proto__: null };
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    let value = line.slice(colon + 1);
    if (value.startsWith('"')) value = JSON.parse(value);
    (table[key] ??= []).push(value);
  }
  return table;
}

module.exports = { X509Certificate, isX509Certificate, fromHandle, legacyCertificate };
