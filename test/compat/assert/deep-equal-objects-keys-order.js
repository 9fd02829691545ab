'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('order', () => assert.deepStrictEqual({ a: 1, b: 2 }, { b: 2, a: 1 }));
check('numeric keys', () => assert.deepStrictEqual({ 1: 'a', 2: 'b' }, { 2: 'b', 1: 'a' }));
check('undefined value vs missing', () => assert.deepStrictEqual({ a: undefined }, {}));
check('loose undefined vs missing', () => assert.deepEqual({ a: undefined }, {}));
