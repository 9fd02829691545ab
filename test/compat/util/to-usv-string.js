'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
console.log(JSON.stringify(util.toUSVString('a\ud800b')), JSON.stringify(util.toUSVString('ok')), util.toUSVString(12));
