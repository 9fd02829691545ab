// The global crypto (Web Crypto) and getHashes().
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log('global crypto', typeof globalThis.crypto, descriptor.enumerable, descriptor.configurable);
console.log('webcrypto', require('crypto').webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle);
console.log('methods', typeof globalThis.crypto.getRandomValues, typeof globalThis.crypto.randomUUID,
  typeof globalThis.crypto.subtle.digest);
console.log('getHashes', Array.isArray(crypto.getHashes()), crypto.getHashes().includes('sha256'));
console.log('exports', ['createHash', 'createHmac', 'hash', 'getHashes', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'getRandomValues', 'timingSafeEqual'].every((name) => typeof crypto[name] === 'function'));
attempt('tags', () => [Object.prototype.toString.call(globalThis.crypto),
  Object.prototype.toString.call(globalThis.crypto.subtle)]);
attempt('Crypto global', () => [typeof Crypto, globalThis.crypto instanceof Crypto,
  Object.getOwnPropertyDescriptor(globalThis, 'Crypto').enumerable]);
attempt('new Crypto', () => new Crypto());
attempt('new SubtleCrypto', () => new SubtleCrypto());
attempt('unbound getRandomValues', () => {
  const { getRandomValues } = globalThis.crypto;
  return getRandomValues(new Uint8Array(2));
});
attempt('module getRandomValues unbound', () => {
  const { getRandomValues } = crypto;
  return getRandomValues(new Uint8Array(2)).length;
});
attempt('deprecated Hash', () => [new crypto.Hash('md5').digest('hex'), crypto.createHash('md5') instanceof crypto.Hash]);
attempt('deprecated Hmac', () => [crypto.Hmac('md5', 'k').digest('hex'), crypto.createHmac('md5', 'k') instanceof crypto.Hmac]);
attempt('instanceof unsupported class', () => ({}) instanceof crypto.KeyObject);
