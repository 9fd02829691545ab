'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
function f() {}
const custom = () => Promise.resolve('custom');
f[util.promisify.custom] = custom;
console.log(util.promisify(f) === custom);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
const again = util.promisify(util.promisify(function g(cb) { cb(null, 1); }));
again().then((v) => console.log('again', v));
