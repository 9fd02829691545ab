'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const { parseArgs } = util;
attempt('unknown', () => parseArgs({ args: ['--foo'], options: {} }));
attempt('unknown positionals', () => parseArgs({ args: ['-f'], options: {}, allowPositionals: true }));
attempt('missing value', () => parseArgs({ args: ['--name'], options: { name: { type: 'string', short: 'n' } } }));
attempt('boolean value', () => parseArgs({ args: ['--flag=1'], options: { flag: { type: 'boolean', short: 'f' } } }));
attempt('ambiguous', () => parseArgs({ args: ['--name', '-x'], options: { name: { type: 'string' } } }));
attempt('ambiguous short', () => parseArgs({ args: ['-n', '-x'], options: { name: { type: 'string', short: 'n' } } }));
attempt('positional', () => parseArgs({ args: ['x'], options: {} }));
