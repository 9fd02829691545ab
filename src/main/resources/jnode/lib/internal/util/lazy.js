'use strict';
// Module properties whose value is loaded on first read (so that requiring the module stays cheap): each
// becomes a plain data property once read or assigned.

function defineLazyProperties(target, names, load) {
  for (const name of names) {
    const settle = (value) => {
      Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    };
    Object.defineProperty(target, name, {
      enumerable: true,
      configurable: true,
      get: () => settle(load(name)),
      set: settle,
    });
  }
}

module.exports = { defineLazyProperties };
