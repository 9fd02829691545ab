'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
class P { [util.inspect.custom]() { return 'custom P'; } }
console.log(util.inspect(new P()), util.inspect({ p: new P() }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
