'use strict';
// node:process: the process object itself, as require('process') === process in Node.

module.exports = process;
