'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(JSON.stringify(util.styleText('red', 'hi', { validateStream: false })));
console.log(JSON.stringify(util.styleText(['bold', 'underline'], 'x', { validateStream: false })));
console.log(JSON.stringify(util.styleText('none', 'plain', { validateStream: false })));
console.log(JSON.stringify(util.styleText('green', 'piped')));
