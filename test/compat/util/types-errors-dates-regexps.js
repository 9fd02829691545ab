'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const t = util.types;
console.log(t.isNativeError(new Error()), t.isNativeError(new TypeError()), t.isNativeError(Object.create(Error.prototype)), t.isNativeError({ name: 'Error', message: '' }));
class MyError extends Error {}
console.log(t.isNativeError(new MyError()));
console.log(t.isDate(new Date()), t.isDate(Date.now()), t.isDate(Object.create(Date.prototype)));
console.log(t.isRegExp(/x/), t.isRegExp(new RegExp('y')), t.isRegExp(RegExp.prototype), t.isRegExp({ source: 'x' }));
