'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
for (const [name, fn] of [
  ['ok', () => assert.ok(false)],
  ['ok msg', () => assert.ok(false, 'm')],
  ['equal', () => assert.equal(1, 2)],
  ['equal msg', () => assert.equal(1, 2, 'm')],
  ['throws', () => assert.throws(() => {})],
  ['throws class', () => assert.throws(() => { throw new Error(); }, TypeError)],
  ['fail', () => assert.fail()],
  ['fail msg', () => assert.fail('m')],
]) {
  try { fn(); } catch (e) { console.log(name, e.generatedMessage, e.operator, e.code); }
}
