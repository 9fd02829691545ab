'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('error as message', () => assert.ok(false, new TypeError('custom type error')));
check('string message', () => assert(false, 'my message'));
check('number message', () => assert.ok(0, 42));
