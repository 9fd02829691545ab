'use strict';
// node:child_process arrives with the processes work; loading it works, using it says so.

const { unsupportedFunctions } = require('internal/unsupported');

module.exports = unsupportedFunctions('child_process', ['ChildProcess', 'spawn', 'spawnSync', 'exec', 'execSync',
  'execFile', 'execFileSync', 'fork']);
