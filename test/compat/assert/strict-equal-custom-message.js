'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('primitives', () => assert.strictEqual(1, 2, 'values differ'));
check('objects', () => assert.strictEqual({ x: 1 }, { x: 2 }, 'objects differ'));
check('error message', () => assert.strictEqual(1, 2, new RangeError('range!')));
