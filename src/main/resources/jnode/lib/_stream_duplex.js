'use strict';
// Node's old module name for stream.Duplex.

module.exports = require('stream').Duplex;
