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
const options = { color: { type: 'string', default: 'red' }, verbose: { type: 'boolean', default: false }, tags: { type: 'string', multiple: true, default: ['a'] } };
console.log(parseArgs({ args: [], options }).values);
console.log(parseArgs({ args: ['--color', 'blue', '--verbose', '--tags', 'b'], options }).values);
