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
console.log(parseArgs({ args: ['--', '-a', '--b'], allowPositionals: true }));
console.log(parseArgs({ args: ['-', 'x'], allowPositionals: true }));
