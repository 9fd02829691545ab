'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('match', () => assert.throws(() => { throw new Error('hello world'); }, /world/));
check('no match', () => assert.throws(() => { throw new Error('hello'); }, /world/));
check('primitive thrown', () => assert.throws(() => { throw 42; }, /42/));
check('custom', () => assert.throws(() => { throw new Error('a'); }, /b/, 'expected b'));
