'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('ok false', () => assert.ok(false));
check('assert expr', () => assert(1 + 1 === 3));
check('strict ok', () => assert.strict.ok(null));
check('no args', () => assert.ok());
check('assert no args', () => assert());
