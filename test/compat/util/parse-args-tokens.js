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
const { tokens } = parseArgs({ args: ['-f', '--name=x', 'p', '--', '--not'], options: { f: { type: 'boolean' }, name: { type: 'string' } }, tokens: true, allowPositionals: true });
console.log(tokens);
