'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.parseEnv('A=1\nB="x y"\n# c\nexport C=3\nD=\'single\'\nE=val # comment'));
