'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
const w1 = new WeakMap();
const w2 = new WeakMap();
w1.set({}, 1);
check('weakmaps', () => assert.deepStrictEqual(w1, w2));
check('weaksets', () => assert.deepStrictEqual(new WeakSet(), new WeakSet()));
check('promises', () => assert.deepStrictEqual(Promise.resolve(1), Promise.resolve(2)));
