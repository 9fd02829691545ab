'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.diff('abc', 'abd'));
console.log(util.diff(['a', 'b'], ['a', 'c']));
console.log(util.diff('same', 'same'));
attempt('bad', () => util.diff(1, 'a'));
