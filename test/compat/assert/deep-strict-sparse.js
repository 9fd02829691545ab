'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('sparse equal', () => assert.deepStrictEqual([, 1], [, 1]));
check('sparse vs undefined', () => assert.deepStrictEqual([, 1], [undefined, 1]));
const a = []; a[5] = 1;
const b = []; b[5] = 1;
check('far holes', () => assert.deepStrictEqual(a, b));
check('loose sparse', () => assert.deepEqual([, 1], [undefined, 1]));
