'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const a = Array.from({ length: 200 }, (_, i) => i);
const b = a.slice(); b[100] = 'x';
check('big', () => assert.deepStrictEqual(a, b));
check('big equal', () => assert.deepStrictEqual(a, a.slice()));
