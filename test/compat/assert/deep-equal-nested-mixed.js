'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const a = { list: [1, { set: new Set([1, 2]), map: new Map([['k', [1, 2]]]) }], date: new Date(0) };
const b = { list: [1, { set: new Set([2, 1]), map: new Map([['k', [1, 2]]]) }], date: new Date(0) };
check('equal', () => assert.deepStrictEqual(a, b));
b.list[1].map.set('k', [1, 3]);
check('differ', () => assert.deepStrictEqual(a, b));
