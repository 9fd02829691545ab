'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
try {
  assert.strictEqual(1, 2);
} catch (e) {
  const first = e.stack.split('\n')[0];
  console.log(first);
  console.log(e.stack.split('\n').slice(1).some((l) => l.includes('assertion-error-stack.js')));
  console.log(Object.prototype.hasOwnProperty.call(e, 'name'));
}
