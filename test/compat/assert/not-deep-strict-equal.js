'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('equal', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
check('long', () => assert.notDeepStrictEqual(Array.from({ length: 60 }, (_, i) => i), Array.from({ length: 60 }, (_, i) => i)));
check('differ', () => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
check('primitive', () => assert.notDeepStrictEqual(1, 1));
check('custom', () => assert.notDeepStrictEqual([], [], 'no'));
