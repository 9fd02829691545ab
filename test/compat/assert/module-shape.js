'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
console.log(typeof assert, assert.name);
console.log(Object.keys(assert));
console.log(Object.keys(assert.strict));
console.log(assert.ok.name, assert.strictEqual.length, assert.deepEqual.length, assert.throws.name);
console.log(require('node:assert') === assert);
