'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.formatWithOptions({ compact: false }, '%o', { a: [1] }) .split('\n').length > 1);
console.log(util.formatWithOptions({ colors: false }, 'x', { y: 1 }));
