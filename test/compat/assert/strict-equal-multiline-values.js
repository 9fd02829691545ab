'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('arrays', () => assert.deepStrictEqual([[1, 2], [3, 4]], [[1, 2], [3, 5]]));
check('string array', () => assert.deepStrictEqual(['a', 'b', 'c'], ['a', 'c']));
check('object in array', () => assert.deepStrictEqual([{ a: 1, b: 2 }], [{ a: 1 }]));
