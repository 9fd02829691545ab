'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain')));
attempt('not string', () => util.stripVTControlCharacters(1));
