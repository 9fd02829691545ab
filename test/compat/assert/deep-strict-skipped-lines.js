'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const a = Array.from({ length: 30 }, (_, i) => i);
const b = a.map((v) => (v === 15 ? -1 : v));
check('middle', () => assert.deepStrictEqual(a, b));
check('end', () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
check('start', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 8]));
check('both ends', () => assert.deepStrictEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
