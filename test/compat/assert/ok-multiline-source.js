'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('multi', () => assert.ok(typeof 123 ===
  'string'));
check('chained', () => {
  assert
    .ok(
      false);
});
