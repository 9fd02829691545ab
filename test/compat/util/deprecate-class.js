'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
class Old { constructor(v) { this.v = v; } }
const D = util.deprecate(Old, 'Old is deprecated');
const o = new D(5);
console.log(o.v, o instanceof Old);
