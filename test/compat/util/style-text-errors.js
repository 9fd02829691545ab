'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
attempt('bad format', () => util.styleText('nope', 'x', { validateStream: false }));
attempt('bad text', () => util.styleText('red', 1));
attempt('bad in array', () => util.styleText(['red', 'nope'], 'x'));
