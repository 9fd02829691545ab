'use strict';
// Each vm context (a contextified object, or an uncontextified global) -> its realm
// (internalBinding('contextify').createRealm()): node:vm makes them, vm modules are parsed for them.

module.exports = { realms: new WeakMap() };
