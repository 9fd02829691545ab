'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
function verify(value) {
  assert.ok(value > 10);
}
check('in function', () => verify(5));
const obj = { assert };
check('via object', () => obj.assert.ok(null));
check('strict', () => assert.strict(false));
