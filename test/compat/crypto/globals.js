// The global crypto (Web Crypto) and getHashes().
const crypto = require('crypto');

const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log('global crypto', typeof globalThis.crypto, descriptor.enumerable, descriptor.configurable);
console.log('webcrypto', require('crypto').webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle);
console.log('methods', typeof globalThis.crypto.getRandomValues, typeof globalThis.crypto.randomUUID,
  typeof globalThis.crypto.subtle.digest);
console.log('getHashes', Array.isArray(crypto.getHashes()), crypto.getHashes().includes('sha256'));
console.log('exports', ['createHash', 'createHmac', 'hash', 'getHashes', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'getRandomValues', 'timingSafeEqual'].every((name) => typeof crypto[name] === 'function'));
