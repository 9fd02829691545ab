'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('no args', () => assert.fail());
check('message', () => assert.fail('boom'));
check('error', () => assert.fail(new TypeError('typed')));
