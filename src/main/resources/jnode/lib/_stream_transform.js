'use strict';
// Node's old module name for stream.Transform.

module.exports = require('stream').Transform;
