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
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }));
console.log(t.isProxy(new Proxy({}, {})), t.isProxy({}), t.isProxy(new Proxy(function () {}, {})));
console.log(t.isMapIterator(new Map().keys()), t.isMapIterator(new Set().values()), t.isSetIterator(new Set().entries()), t.isSetIterator([].values()));
console.log(t.isArgumentsObject((function () { return arguments; })()), t.isArgumentsObject([]));
console.log(t.isExternal({}), t.isModuleNamespaceObject({}), t.isKeyObject({}), t.isCryptoKey({}));
