'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const cbf = util.callbackify(async (x) => x + 1);
cbf(1, (err, v) => console.log('ok', err, v));
const rej = util.callbackify(() => Promise.reject(null));
rej((err) => console.log('falsy', err.code, err.message, err.reason));
const rej2 = util.callbackify(async () => { throw new Error('boom'); });
rej2((err) => console.log('error', err.message));
console.log(cbf.name, cbf.length);
attempt('no cb', () => cbf(1));
