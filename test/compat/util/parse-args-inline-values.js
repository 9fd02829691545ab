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
const options = { name: { type: 'string' }, n: { type: 'string', multiple: true } };
console.log(parseArgs({ args: ['--name=joe', '--n=1', '--n', '2'], options }).values);
console.log(parseArgs({ args: ['--name='], options }).values);
