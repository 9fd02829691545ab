'use strict';
// CompressionStream and DecompressionStream need zlib, which jnode does not have yet: the classes exist
// (as in Node) and constructing one says so.

const { codes: { ERR_JNODE_UNSUPPORTED } } = require('internal/errors');

class CompressionStream {
  constructor(format) {
    throw new ERR_JNODE_UNSUPPORTED('CompressionStream');
  }
}

class DecompressionStream {
  constructor(format) {
    throw new ERR_JNODE_UNSUPPORTED('DecompressionStream');
  }
}

module.exports = { CompressionStream, DecompressionStream };
