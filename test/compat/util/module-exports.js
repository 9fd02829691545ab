'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const names = ['_extend', 'callbackify', 'debug', 'debuglog', 'deprecate', 'diff', 'format', 'formatWithOptions', 'getCallSites', 'getSystemErrorMap', 'getSystemErrorMessage', 'getSystemErrorName', 'inherits', 'inspect', 'isArray', 'isDeepStrictEqual', 'parseArgs', 'parseEnv', 'promisify', 'stripVTControlCharacters', 'styleText', 'toUSVString', 'types', 'TextDecoder', 'TextEncoder'];
for (const n of names) console.log(n, typeof util[n]);
console.log(util.isArray([]), util.isArray({}));
console.log(['isBoolean', 'isString', 'isFunction', 'isError', 'log'].map((n) => typeof util[n]));
