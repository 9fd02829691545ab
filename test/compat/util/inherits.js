'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
function A() {}
A.prototype.hi = function () { return 'hi'; };
function B() {}
util.inherits(B, A);
console.log(new B().hi(), B.super_ === A, Object.getPrototypeOf(B.prototype) === A.prototype);
attempt('null ctor', () => util.inherits(null, A));
attempt('no proto', () => util.inherits(B, Object.create(null)));
attempt('null super', () => util.inherits(B, null));
