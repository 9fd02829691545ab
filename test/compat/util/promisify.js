'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
function cb(a, done) { setTimeout(() => done(null, a * 2), 1); }
const p = util.promisify(cb);
p(21).then((v) => console.log('value', v));
function fails(done) { done(new Error('nope')); }
util.promisify(fails)().catch((e) => console.log('error', e.message));
console.log(util.promisify(cb) !== util.promisify(cb), typeof util.promisify.custom);
attempt('not fn', () => util.promisify(1));
