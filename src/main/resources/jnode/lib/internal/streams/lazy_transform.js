'use strict';
// A Transform whose stream machinery is built on first use: hashes and HMACs are streams, yet nearly
// every caller only calls update() and digest(), and should not pay for stream state it never touches.

const { Transform } = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeLazyProperty(name, enumerable) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable,
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { configurable: true, enumerable, writable: true, value });
    },
  });
}

// Every stream operation reads one of these states first.
for (const name of ['_readableState', '_writableState']) {
  makeLazyProperty(name, true);
}

module.exports = LazyTransform;
