'use strict';
const util = require('util');
function attempt(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}
const types = require('util/types');
console.log(types === require('node:util/types') , util.types === types || Object.keys(util.types).join() === Object.keys(types).join());
console.log(Object.keys(types).join(' '));
