'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('two args', () => assert.fail(1, 2));
check('with operator', () => assert.fail(1, 2, undefined, '>'));
check('with message', () => assert.fail(1, 2, 'explicit'));
