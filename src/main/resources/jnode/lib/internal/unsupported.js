'use strict';
// For modules that exist in jnode but whose functions are not implemented yet: each named function (or
// class) throws ERR_JNODE_UNSUPPORTED naming itself, so that loading the module works and using it is an
// honest, clear error. Listed in docs/compat.md.

const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

function unsupportedFunctions(moduleName, names, target = {}) {
  for (const name of names) {
    target[name] = {
      [name]() {
        throw new ERR_JNODE_UNSUPPORTED(`${moduleName}.${name}`);
      },
    }[name];
  }
  return target;
}

// Classes stay plain functions, so that `new` and `instanceof` reach them and only construction throws.
function unsupportedClasses(moduleName, names, target = {}) {
  for (const name of names) {
    target[name] = {
      [name]: function() {
        throw new ERR_JNODE_UNSUPPORTED(`${moduleName}.${name}`);
      },
    }[name];
  }
  return target;
}

module.exports = { unsupportedFunctions, unsupportedClasses };
