'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const base = { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 };
check('last key', () => assert.deepStrictEqual(base, { ...base, j: 11 }));
check('nested', () => assert.deepStrictEqual({ x: { y: { z: [1, 2, 3] } } }, { x: { y: { z: [1, 2, 4] } } }));
check('several', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 2, b: 2, c: 4 }));
check('sorted keys', () => assert.deepStrictEqual({ b: 1, a: 2 }, { a: 2, b: 2 }));
