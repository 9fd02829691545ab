'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
console.log(assert.throws(() => { throw new Error(); }));
console.log(assert.doesNotThrow(() => 5));
console.log(assert.ok(true), assert.strictEqual(1, 1), assert.deepEqual({}, {}));
