'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('same', () => assert.throws(() => { throw new TypeError('x'); }, new TypeError('x')));
check('message differs', () => assert.throws(() => { throw new TypeError('x'); }, new TypeError('y')));
check('name differs', () => assert.throws(() => { throw new TypeError('x'); }, new RangeError('x')));
