'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('0 -0', () => assert.deepStrictEqual(0, -0));
check('[0] [-0]', () => assert.deepStrictEqual([0], [-0]));
check('loose 0 -0', () => assert.deepEqual([0], [-0]));
check('NaN', () => assert.deepStrictEqual([NaN], [NaN]));
check('loose NaN', () => assert.deepEqual({ a: NaN }, { a: NaN }));
check('Number(NaN)', () => assert.deepStrictEqual(new Number(NaN), new Number(NaN)));
