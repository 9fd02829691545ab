'use strict';
const assert = require('assert');
const { check } = require('./fixtures/check');
check('fn not a function', () => assert.throws('nope'));
check('error is a number', () => assert.throws(() => { throw new Error(); }, 1));
check('string and message', () => assert.throws(() => { throw new Error(); }, 'a', 'b'));
check('ambiguous', () => assert.throws(() => { throw new Error('same'); }, 'same'));
check('ambiguous primitive', () => assert.throws(() => { throw 'same'; }, 'same'));
check('string message', () => assert.throws(() => {}, 'custom text'));
