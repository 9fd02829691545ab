'use strict';
// Node's old module name for stream.PassThrough.

module.exports = require('stream').PassThrough;
