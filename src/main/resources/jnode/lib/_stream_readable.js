'use strict';
// Node's old module name for stream.Readable.

module.exports = require('stream').Readable;
