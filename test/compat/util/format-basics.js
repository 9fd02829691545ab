'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(util.format('%s:%d:%i:%f:%j:%o:%O:%%', 'a', 1.5, 2.7, '3.5', { a: 1 }, [1], { b: 2 }));
console.log(util.format('no args'), util.format(1, 2), util.format('%s', Symbol('s')));
