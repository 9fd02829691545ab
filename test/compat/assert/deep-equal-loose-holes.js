'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('hole vs undefined loose', () => assert.deepEqual([1, , 3], [1, undefined, 3]));
check('hole vs undefined strict', () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
check('holes both', () => assert.deepStrictEqual([1, , 3], [1, , 3]));
check('length', () => assert.deepEqual([1, 2], [1, 2, undefined]));
