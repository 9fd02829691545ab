'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
for (const v of [0, '', null, undefined, NaN, false, -0, 0n]) {
  check(typeof v + ' ' + String(v), () => assert.ok(v, 'value ' + String(v)));
}
check('truthy', () => assert.ok(1));
check('empty object', () => assert({}));
