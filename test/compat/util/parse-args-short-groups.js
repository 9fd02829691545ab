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
const options = { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'string', short: 'c' } };
console.log(parseArgs({ args: ['-ab'], options }).values);
console.log(parseArgs({ args: ['-abcVALUE'], options }).values);
console.log(parseArgs({ args: ['-cX'], options }).values);
console.log(parseArgs({ args: ['-ac', 'val'], options }).values);
