'use strict';
// Node's old module name for stream.Writable.

module.exports = require('stream').Writable;
